package org.voipgw.fxs;

/**
 * A port's audio toward the call core (issue 11, "Levels, echo canceller, FAX"): what the call's media
 * bridges to RTP while the phone talks. 8 kHz linear samples in 20 ms frames of
 * {@link org.voipgw.hal.line.Pcm#FRAME_SAMPLES}, exchanged on the call media's own 20 ms tick; the line
 * buffers a few frames each way between its tick and the call's.
 *
 * <p>Phone → IP ({@link #fromLine}): the echo canceller (自動設定 on the family: enabled, 64 ms tail), then
 * the fixed send gain −4 dB (guide 5003). IP → phone ({@link #toLine}): the fixed receive gain −12 dB
 * (guide 5003). Outside a call (dial tone, ringing, busy) {@link #fromLine} gives silence and
 * {@link #toLine} is dropped: the line plays its own tones.
 *
 * <p>The call core's media bridges it like a B channel, e.g. with agent's {@code AudioPath}:
 * {@code fromPbx(frame) → fromLine(frame)}, {@code toPbx(frame) → toLine(frame)}.
 */
public interface LineAudio {
    /** Fills {@code frame} with the phone's next 20 ms, processed for the IP side (silence when none). */
    void fromLine(short[] frame);

    /** Takes the far end's next 20 ms toward the phone (copied; the caller may reuse the array). */
    void toLine(short[] frame);

    /** Whether the echo canceller is in the path now: on for voice, off once the call turned FAX. */
    boolean echoCancelling();

    /**
     * Whether the call must run a fixed jitter buffer: true once FAX tones were seen (G3 FAX over G.711 does
     * not survive an adaptive buffer's time warping). The call media's buffer is already fixed (40–60 ms).
     */
    boolean jitterBufferFixed();

    /**
     * What the port's status shows about its audio path (web UI VoIP状態, {@code diagnose}): empty for voice;
     * in FAX mode that the echo canceller is off and the jitter buffer must be fixed (issue 11).
     */
    default String modeNote() {
        return jitterBufferFixed() ? "FAX: エコーキャンセラ停止・ジッタバッファ固定 (echo canceller off, jitter buffer fixed)" : "";
    }
}
