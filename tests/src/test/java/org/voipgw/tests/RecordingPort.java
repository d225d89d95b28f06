package org.voipgw.tests;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.voipgw.agent.sip.RegisterRequest;
import org.voipgw.agent.sip.SipPort;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voipgw.agent.sip.SipResponse;

/** The live port, noting when each REGISTER leaves (to check retry times against RFC 5626 §4.5). */
final class RecordingPort implements SipPort {
    record Sent(Instant at, long cseq, int expires, boolean authorized) {
    }

    static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    /** When a request ended without a response: abandoned after our Timer F, or failed in transport. */
    static final Map<Long, Instant> GAVE_UP = new ConcurrentHashMap<>();

    private final SipPort inner;

    RecordingPort(SipPort inner) {
        this.inner = inner;
    }

    @Override
    public void send(RegisterRequest request) {
        SENT.add(new Sent(Instant.now(), request.cseq(), request.expires(), request.authorization().isPresent()));
        inner.send(request);
    }

    @Override
    public void abandon(String callId, long cseq) {
        GAVE_UP.putIfAbsent(cseq, Instant.now());
        inner.abandon(callId, cseq);
    }

    @Override
    public void listen(Listener listener) {
        inner.listen(listener == null ? null : new Listener() {
            @Override
            public void response(SipResponse response) {
                listener.response(response);
            }

            @Override
            public void failed(String callId, long cseq, String why) {
                GAVE_UP.putIfAbsent(cseq, Instant.now());
                listener.failed(callId, cseq, why);
            }
        });
    }

    @Override
    public void close() {
        inner.close();
    }
}
