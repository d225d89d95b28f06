package org.voipgw.fxs;

import java.util.Arrays;

/**
 * A source of 8 kHz samples read 20 ms at a time (a tone, an FSK message): the form in which the
 * {@code media} module's generators feed a line. Continuous tones never end; a message ends.
 */
@FunctionalInterface
public interface AudioStream {
    /** Silence forever. */
    AudioStream SILENCE = frame -> {
        Arrays.fill(frame, (short) 0);
        return true;
    };

    /**
     * Fills {@code frame} (160 samples) with the next 20 ms.
     *
     * @return false once the stream has ended (the frame then holds its last samples, then silence)
     */
    boolean read(short[] frame);
}
