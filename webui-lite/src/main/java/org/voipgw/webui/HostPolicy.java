package org.voipgw.webui;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tinylog.Logger;

/**
 * Which names this box answers to, against DNS rebinding (issue 13 finding 3): a page on another site
 * whose name the attacker re-points at 192.168.x.1 makes the browser send {@code Host: evil.example}, and
 * is refused with 421 before any page, cookie or password is looked at. Allowed: the model's own address
 * (guide: the 192.168.x.1 each model's web UI lives at), the listening address (all interface addresses
 * when listening on every interface), {@code localhost}, 127.0.0.1 and [::1].
 *
 * <p>POSTs also need a same-origin {@code Origin} (or, without one, {@code Referer}): a cross-site form
 * post already fails the CSRF token, this refuses it before the form is even read.
 */
final class HostPolicy {
    private final Set<String> names;

    private HostPolicy(Set<String> names) {
        this.names = Collections.unmodifiableSet(names);
    }

    static HostPolicy of(ModelInfo model, InetSocketAddress bound) {
        Set<String> names = new LinkedHashSet<>();
        names.add(model.webAddress().toLowerCase(Locale.ROOT));
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        InetAddress a = bound.getAddress();
        if (a == null || a.isAnyLocalAddress()) {
            names.addAll(interfaceAddresses());
        } else {
            names.add(literal(a));
        }
        return new HostPolicy(names);
    }

    Set<String> names() {
        return names;
    }

    /** Whether a request's Host names this box (HTTP/1.0 without Host is let through: no browser sends that). */
    boolean hostAllowed(Optional<String> host) {
        return host.map(h -> names.contains(hostName(h))).orElse(true);
    }

    /** For a POST: the Origin (else the Referer) is this very origin; neither present passes (not a browser). */
    boolean originAllowed(Optional<String> host, Optional<String> origin, Optional<String> referer) {
        String self = "http://" + host.orElse("").toLowerCase(Locale.ROOT);
        if (origin.isPresent()) {
            return origin.get().toLowerCase(Locale.ROOT).equals(self);
        }
        return referer.map(r -> {
            String lower = r.toLowerCase(Locale.ROOT);
            return lower.equals(self) || lower.startsWith(self + "/");
        }).orElse(true);
    }

    /** "Host: 192.168.100.1:80" → "192.168.100.1"; "[::1]:8080" → "[::1]"; a trailing dot goes. */
    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = h.startsWith("[") ? h.indexOf("]:") + 1 : h.lastIndexOf(':');
        if (colon > 0) {
            h = h.substring(0, colon);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static String literal(InetAddress a) {
        String s = a.getHostAddress();
        if (a instanceof Inet6Address) {
            int zone = s.indexOf('%');
            return "[" + (zone >= 0 ? s.substring(0, zone) : s) + "]";
        }
        return s;
    }

    private static Set<String> interfaceAddresses() {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    out.add(literal(a));
                }
            }
        } catch (SocketException e) {
            Logger.warn("web UI could not list the interface addresses ({}); only the model's address is allowed",
                    e.getMessage());
        }
        return out;
    }
}
