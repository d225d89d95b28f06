package org.voipgw.agent.sip.invite.sim;

/**
 * The session description a simulated far end sends: G.711 µ-law and A-law with telephone-event, ptime
 * 20, at an address of the documentation range (RFC 5737 198.51.100.0/24), its port derived from its number.
 */
final class FarEndSdp {
    private FarEndSdp() {
    }

    static String of(String number) {
        int port = 40_000 + 2 * Math.floorMod(number.hashCode(), 10_000);
        return "v=0\r\n"
                + "o=far 1 1 IN IP4 198.51.100.7\r\n"
                + "s=-\r\n"
                + "c=IN IP4 198.51.100.7\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-15\r\n"
                + "a=ptime:20\r\n"
                + "a=sendrecv\r\n";
    }
}
