package org.voipgw.fxs;

import java.util.ArrayDeque;
import java.util.Deque;
import org.voipgw.hal.line.Pcm;
import org.voipgw.media.echo.EchoCanceller;
import org.voipgw.media.fax.FaxToneDetector;
import org.voipgw.media.level.Gain;

/**
 * One port's talk path (the {@link LineAudio} of an {@link FxsLine}), run on the line's 20 ms PCM tick
 * while a call is connected:
 *
 * <ul>
 *   <li>toward the phone: the far end's frame through the fixed receive gain {@link Gain#FXS_ANALOG_RECEIVE}
 *       (−12 dB, guide 5003);
 *   <li>from the phone: the {@link EchoCanceller} (R<sub>in</sub> is what went toward the phone, S<sub>in</sub>
 *       what came back; its default 64 ms tail, chosen in media), then the fixed send gain
 *       {@link Gain#FXS_ANALOG_SEND} (−4 dB, guide 5003). The canceller sits next to the line because that is
 *       where the hybrid's echo arises, and ahead of the gain so it models the line as it is;
 *   <li>FAX: a {@link FaxToneDetector} on each direction (the phone may be the calling FAX — CNG — or the
 *       answering one — CED/ANS — and so may the far end); the first tone found switches the path to FAX:
 *       canceller out, jitter buffer fixed (issue 11).
 * </ul>
 *
 * <p>The call media ticks on its own 20 ms timer, so each direction holds up to {@link #BUFFERED_FRAMES}
 * frames; the oldest is dropped beyond that, and an empty queue gives silence.
 */
final class PortAudio implements LineAudio {
    /**
     * Frames held each way between the line's tick and the call's: 3 (60 ms). Chosen: two 20 ms timers of the
     * same period need at most two; the third absorbs one late tick.
     */
    static final int BUFFERED_FRAMES = 3;

    private final Runnable faxSeen;
    private final Deque<short[]> towardPhone = new ArrayDeque<>();
    private final Deque<short[]> towardIp = new ArrayDeque<>();
    private final EchoCanceller canceller = new EchoCanceller();
    private FaxToneDetector faxFromPhone = new FaxToneDetector();
    private FaxToneDetector faxFromFar = new FaxToneDetector();
    private boolean fax;

    /** @param faxSeen called (on the line's tick) when FAX tones are first found in either direction */
    PortAudio(Runnable faxSeen) {
        this.faxSeen = faxSeen;
    }

    /** A new call: nothing buffered, the canceller relearns, voice mode. */
    void reset() {
        towardPhone.clear();
        towardIp.clear();
        canceller.reset();
        faxFromPhone = new FaxToneDetector();
        faxFromFar = new FaxToneDetector();
        fax = false;
    }

    /** FAX mode: the canceller leaves the path (its adaptation would smear the modem signal). */
    void switchToFax() {
        fax = true;
    }

    /** One 20 ms tick of a connected call: the phone said {@code fromPhone}; returns what the phone hears. */
    short[] exchange(short[] fromPhone) {
        short[] far = towardPhone.isEmpty() ? Pcm.silentFrame() : towardPhone.removeFirst();
        boolean faxTone = !fax && !(faxFromFar.accept(far).isEmpty() && faxFromPhone.accept(fromPhone).isEmpty());
        short[] toPhone = far.clone();
        Gain.FXS_ANALOG_RECEIVE.apply(toPhone);
        short[] send = fromPhone.clone();
        if (!fax) {
            canceller.cancel(toPhone, fromPhone, send, send.length);
        }
        Gain.FXS_ANALOG_SEND.apply(send);
        offer(towardIp, send);
        if (faxTone) {
            faxSeen.run();
        }
        return toPhone;
    }

    @Override
    public void fromLine(short[] frame) {
        Pcm.checkFrame(frame);
        short[] next = towardIp.pollFirst();
        System.arraycopy(next == null ? Pcm.silentFrame() : next, 0, frame, 0, frame.length);
    }

    @Override
    public void toLine(short[] frame) {
        offer(towardPhone, Pcm.checkFrame(frame).clone());
    }

    @Override
    public boolean echoCancelling() {
        return !fax;
    }

    @Override
    public boolean jitterBufferFixed() {
        return fax;
    }

    private static void offer(Deque<short[]> queue, short[] frame) {
        if (queue.size() == BUFFERED_FRAMES) {
            queue.removeFirst();
        }
        queue.addLast(frame);
    }
}
