package org.voipgw.fxs;

/** Makes the call-progress tones a line plays (implemented by the {@code media} module's tone generators). */
@FunctionalInterface
public interface ToneSource {
    /** A fresh stream of {@code tone}, its cadence starting now. */
    AudioStream tone(ProgressTone tone);
}
