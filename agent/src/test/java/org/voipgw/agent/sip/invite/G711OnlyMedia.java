package org.voipgw.agent.sip.invite;

/**
 * Media for signalling tests: it agrees to any SDP that names PCMU or PCMA (static types 0 and 8) and says
 * whether it was closed. The real offer/answer is tested in the media module and in RtpCallMediaTest.
 */
public final class G711OnlyMedia implements CallMedia {
    private boolean closed;

    @Override
    public String offer() {
        return "v=0 m=audio 40000 RTP/AVP 0 8 101";
    }

    @Override
    public Negotiation answer(String remoteOffer) {
        return remoteOffer.contains("RTP/AVP 0") || remoteOffer.contains("RTP/AVP 8")
                ? new Negotiation.Agreed("v=0 m=audio 40002 RTP/AVP 0")
                : new Negotiation.NotAcceptable("no G.711");
    }

    @Override
    public Negotiation accept(String remoteAnswer) {
        return answer(remoteAnswer);
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }
}
