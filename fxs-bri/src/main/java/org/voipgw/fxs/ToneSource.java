package org.voipgw.fxs;

/**
 * Makes the call-progress tones a line plays (implemented with the {@code media} module's generators by
 * {@link org.voipgw.fxs.signal.CallProgressTones}).
 */
@FunctionalInterface
public interface ToneSource {
    /** A fresh stream of {@code tone}, its cadence starting now. */
    AudioStream tone(ProgressTone tone);
}
