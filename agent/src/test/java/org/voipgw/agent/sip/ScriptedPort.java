package org.voipgw.agent.sip;

import java.util.function.Function;

/** A peer that answers every REGISTER at once with what a function says (for responses the carrier model lacks). */
final class ScriptedPort implements SipPort {
    private final Function<RegisterRequest, SipResponse> answer;
    private Listener listener;

    ScriptedPort(Function<RegisterRequest, SipResponse> answer) {
        this.answer = answer;
    }

    @Override
    public void send(RegisterRequest request) {
        SipResponse r = answer.apply(request);
        listener.response(r);
    }

    @Override
    public void abandon(String callId, long cseq) {
    }

    @Override
    public void listen(Listener l) {
        listener = l;
    }

    @Override
    public void close() {
    }
}
