package org.voipgw.fxs.signal;

import org.voipgw.fxs.AudioStream;
import org.voipgw.fxs.ProgressTone;
import org.voipgw.fxs.ToneSource;

/**
 * The line's call-progress tones from media's generator ({@link org.voipgw.media.tone.CallProgressTone}:
 * dial 400 Hz continuous, ringback 400 × 16 Hz 1 s / 2 s, busy 400 Hz 0.5 / 0.5 s, all at −19 dBm0), each
 * stream's cadence starting with its first frame and its carrier phase-continuous across frames.
 */
public final class CallProgressTones implements ToneSource {
    @Override
    public AudioStream tone(ProgressTone tone) {
        var source = tone.signal().source(); // media's generator (its name clashes with this interface)
        return frame -> {
            source.fill(frame, 0, frame.length);
            return true;
        };
    }
}
