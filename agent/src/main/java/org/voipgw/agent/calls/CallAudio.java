package org.voipgw.agent.calls;

import java.time.Duration;
import org.voipgw.agent.call.CallPhase;
import org.voipgw.agent.callmedia.AudioPath;
import org.voipgw.agent.callmedia.Recording;
import org.voipgw.hal.time.Clock;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.media.tone.CallProgressTone;
import org.voipgw.media.tone.ToneSource;

/**
 * The PBX side of one call's audio, between the PBX's B channel (or line) and the call's RTP. While the far
 * end rings without sending audio of its own (180 without SDP), the gateway plays the Japanese ringback tone
 * toward the PBX as an exchange would: 400 Hz modulated by 16 Hz, 1 s on / 2 s off (事業用電気通信設備規則
 * 別表第5号, the media module's {@link CallProgressTone#RINGBACK}); early media or the answer replace it with
 * the far end's audio. Both directions can be kept for WAV files ({@code scenario run --audio}).
 */
final class CallAudio implements AudioPath {
    private static final Duration TICK = Duration.ofMillis(20);

    private final AudioPath pbx;
    private final Scheduler scheduler;
    private final Recording toPbx;
    private final Recording fromPbx;
    private final short[] frame = new short[160];
    private ToneSource ringback;
    private Scheduler.Timer ringing;

    CallAudio(AudioPath pbx, Scheduler scheduler, boolean keep) {
        this.pbx = pbx;
        this.scheduler = scheduler;
        Clock clock = scheduler.clock();
        this.toPbx = new Recording(clock);
        this.fromPbx = new Recording(clock);
        if (keep) {
            toPbx.keepAll();
            fromPbx.keepAll();
        }
    }

    /** Follows the call: local ringback only while it rings without early media, nothing once it ended. */
    void phase(CallPhase p, boolean theFarEndRings) {
        if (p == CallPhase.ALERTING && theFarEndRings) {
            startRingback();
        } else {
            stopRingback();
        }
    }

    private void startRingback() {
        if (ringing == null) {
            ringback = CallProgressTone.RINGBACK.source();
            ringing = scheduler.every(TICK, () -> {
                ringback.fill(frame, 0, frame.length);
                deliver(frame);
            });
        }
    }

    private void stopRingback() {
        if (ringing != null) {
            ringing.cancel();
            ringing = null;
        }
    }

    @Override
    public void fromPbx(short[] out) {
        pbx.fromPbx(out);
        fromPbx.add(out);
    }

    @Override
    public void toPbx(short[] in) {
        if (ringing == null) {
            deliver(in);
        }
    }

    private void deliver(short[] f) {
        pbx.toPbx(f);
        toPbx.add(f);
    }

    /** Everything the PBX side heard ({@code to-pbx}) and sent ({@code from-pbx}) since the call began. */
    short[] heardByPbx() {
        return toPbx.all();
    }

    short[] sentByPbx() {
        return fromPbx.all();
    }

    void close() {
        stopRingback();
    }
}
