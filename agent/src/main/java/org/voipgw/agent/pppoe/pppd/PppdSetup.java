package org.voipgw.agent.pppoe.pppd;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How pppd is run on this box.
 *
 * @param pppd                the pppd(8) executable (Debian and Raspberry Pi OS: /usr/sbin/pppd, package ppp)
 * @param plugin              the rp-pppoe plugin: a file name pppd looks up in /usr/lib/pppd/VERSION, or a full path
 * @param nic                 the WAN Ethernet interface PPPoE runs on (rp-pppoe's {@code nic-IFACE})
 * @param defaultRouteSession the session whose pppd sets the default route and takes the provider's DNS
 *                            ({@code defaultroute}, {@code usepeerdns}); 0 for none
 * @param stopGrace           how long pppd may take after SIGTERM (it sends PADT) before it is killed
 */
public record PppdSetup(Path pppd, String plugin, String nic, int defaultRouteSession, Duration stopGrace) {
    public PppdSetup {
        Objects.requireNonNull(pppd);
        Objects.requireNonNull(plugin);
        Objects.requireNonNull(nic);
        Objects.requireNonNull(stopGrace);
        if (!nic.matches("[A-Za-z0-9_.-]{1,15}")) {
            throw new IllegalArgumentException("not a Linux interface name: '" + nic + "'");
        }
        if (plugin.isEmpty() || plugin.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException("bad plugin name: '" + plugin + "'");
        }
        if (defaultRouteSession < 0 || defaultRouteSession > 5) {
            throw new IllegalArgumentException("defaultRouteSession must be 0–5: " + defaultRouteSession);
        }
    }

    /** Debian's pppd and rp-pppoe plugin on {@code nic}; session 1 carries the default route. */
    public static PppdSetup debian(String nic) {
        return new PppdSetup(Path.of("/usr/sbin/pppd"), "rp-pppoe.so", nic, 1, Duration.ofSeconds(10));
    }

    public PppdSetup withPppd(Path executable) {
        return new PppdSetup(executable, plugin, nic, defaultRouteSession, stopGrace);
    }

    public PppdSetup withPlugin(String p) {
        return new PppdSetup(pppd, p, nic, defaultRouteSession, stopGrace);
    }
}
