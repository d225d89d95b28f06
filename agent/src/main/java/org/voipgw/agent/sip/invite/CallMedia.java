package org.voipgw.agent.sip.invite;

/**
 * The media of one call as its SIP leg needs it: the SDP we offer or answer with, and whether the far
 * end's description is acceptable (RFC 3264 offer/answer; G.711 only). The RTP session behind it starts
 * sending once an answer is agreed.
 */
public interface CallMedia {
    /** Our offer for an INVITE we send. */
    String offer();

    /** Our answer to the far end's offer (an INVITE or re-INVITE we received), or why not (then 488). */
    Negotiation answer(String remoteOffer);

    /** The far end's answer to our offer (a 183 or 200); not acceptable ends the call (RFC 3264 §6). */
    Negotiation accept(String remoteAnswer);

    /** Stops the RTP session and frees its ports; idempotent. */
    void close();

    /** The outcome of one offer/answer step. */
    sealed interface Negotiation {
        /** Agreed; {@code localSdp} is what we send (our answer), empty when we only took an answer. */
        record Agreed(String localSdp) implements Negotiation {
        }

        /** Not acceptable (no G.711, garbage, no audio stream): answered with 488 Not Acceptable Here. */
        record NotAcceptable(String why) implements Negotiation {
        }
    }
}
