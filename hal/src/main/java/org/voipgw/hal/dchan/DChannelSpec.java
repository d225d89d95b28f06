package org.voipgw.hal.dchan;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which D-channel transport an ISDN port uses, as written on the command line and in settings:
 * {@code sim} (the simulated PBX in process), {@code udp:LOCAL>REMOTE} (bind LOCAL, send to REMOTE,
 * one LAPD frame per datagram; addresses are IP literals, IPv6 in brackets) or
 * {@code serial:DEVICE@BAUD} (a line-interface board, async HDLC framing).
 */
public sealed interface DChannelSpec {
    /** The simulated PBX on an in-process wire (the default). */
    record Sim() implements DChannelSpec {
        @Override
        public String toString() {
            return "sim";
        }
    }

    /** One LAPD frame per UDP datagram, no flag, stuffing or FCS. */
    record Udp(InetSocketAddress local, InetSocketAddress remote) implements DChannelSpec {
        @Override
        public String toString() {
            return "udp:" + text(local) + ">" + text(remote);
        }
    }

    /** Octet-stuffed async HDLC (RFC 1662 framing) on a serial line. */
    record Serial(String device, int baud) implements DChannelSpec {
        @Override
        public String toString() {
            return "serial:" + device + "@" + baud;
        }
    }

    /** Lowest and highest baud rate accepted (a UART's usual range). */
    int MIN_BAUD = 300;
    int MAX_BAUD = 4_000_000;

    String SYNTAX = "sim | udp:LOCAL-IP:PORT>REMOTE-IP:PORT | serial:DEVICE@BAUD";

    /** Parses a transport; throws {@link IllegalArgumentException} saying what is wrong and what is valid. */
    static DChannelSpec parse(String text) {
        String t = text.strip();
        if (t.equals("sim")) {
            return new Sim();
        }
        if (t.startsWith("udp:")) {
            String[] ends = t.substring(4).split(">", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("'" + text + "': a UDP transport is udp:LOCAL>REMOTE, e.g. "
                        + "udp:127.0.0.1:40000>127.0.0.1:40001");
            }
            return new Udp(socket(ends[0], text), socket(ends[1], text));
        }
        if (t.startsWith("serial:")) {
            int at = t.lastIndexOf('@');
            String device = at < 0 ? "" : t.substring(7, at);
            String baud = at < 0 ? "" : t.substring(at + 1);
            if (device.isEmpty() || !baud.matches("\\d{1,7}")) {
                throw new IllegalArgumentException("'" + text + "': a serial transport is serial:DEVICE@BAUD, e.g. "
                        + "serial:/dev/ttyUSB0@115200");
            }
            int b = Integer.parseInt(baud);
            if (b < MIN_BAUD || b > MAX_BAUD) {
                throw new IllegalArgumentException("'" + text + "': baud rate " + b + " is out of range "
                        + MIN_BAUD + "–" + MAX_BAUD);
            }
            return new Serial(device, b);
        }
        throw new IllegalArgumentException("'" + text + "' is not a D-channel transport; valid: " + SYNTAX);
    }

    private static InetSocketAddress socket(String hostPort, String whole) {
        Matcher m = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[0-9.]+):(\\d{1,5})").matcher(hostPort);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + hostPort + "' in '" + whole
                    + "' is not IP:PORT (an IPv4 address or [IPv6] address, and a port 1–65535)");
        }
        int port = Integer.parseInt(m.group(2));
        String host = m.group(1);
        boolean v4 = !host.startsWith("[");
        if (port < 1 || port > 65535 || (v4 && !host.matches("(\\d{1,3})(\\.\\d{1,3}){3}"))) {
            throw new IllegalArgumentException("'" + hostPort + "' in '" + whole
                    + "' is not IP:PORT (an IPv4 address or [IPv6] address, and a port 1–65535)");
        }
        try {
            // a literal: getByName does no name lookup for it
            return new InetSocketAddress(InetAddress.getByName(v4 ? host : host.substring(1, host.length() - 1)), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + host + "' in '" + whole + "' is not an IP address", e);
        }
    }

    /** An address as this syntax writes it: {@code 127.0.0.1:40000}, {@code [::1]:40000}. */
    static String text(InetSocketAddress a) {
        String h = a.getAddress().getHostAddress();
        return (h.contains(":") ? "[" + h + "]" : h) + ":" + a.getPort();
    }
}
