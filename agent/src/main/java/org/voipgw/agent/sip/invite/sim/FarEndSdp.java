package org.voipgw.agent.sip.invite.sim;

import org.voipgw.agent.sip.invite.CallMedia;

/**
 * The session description a simulated far end sends (when no RTP network is simulated): G.711 µ-law and A-law with telephone-event, ptime
 * 20, at an address of the documentation range (RFC 5737 198.51.100.0/24), its port derived from its number.
 */
final class FarEndSdp implements CallMedia {
    private final String number;

    private FarEndSdp(String number) {
        this.number = number;
    }

    /** The far end at {@code number} as media that only describes itself. */
    static CallMedia describing(String number) {
        return new FarEndSdp(number);
    }

    @Override
    public String offer() {
        return of(number);
    }

    @Override
    public Negotiation answer(String remoteOffer) {
        boolean g711 = remoteOffer.matches("(?s).*m=audio \\d+ RTP/AVP( \\d+)*? (0|8)( .*|\\r?\\n.*|)");
        return g711 ? new Negotiation.Agreed(of(number)) : new Negotiation.NotAcceptable("no G.711 in the offer");
    }

    @Override
    public Negotiation accept(String remoteAnswer) {
        return answer(remoteAnswer);
    }

    @Override
    public void close() {
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
