package org.voipgw.agent.sip;

/** A {@code host[:port]} as written in the SIP settings. */
public record HostPort(String host, int port) {
    public static HostPort parse(String s, int defaultPort) {
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            return new HostPort(s, defaultPort);
        }
        return new HostPort(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
