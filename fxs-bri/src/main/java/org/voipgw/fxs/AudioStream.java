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

    /** Plays {@code samples} (copied) once, then silence: a caller-ID message, a WAV file. */
    static AudioStream of(short[] samples) {
        short[] copy = samples.clone();
        int[] position = {0};
        return frame -> {
            Arrays.fill(frame, (short) 0);
            int n = Math.max(0, Math.min(frame.length, copy.length - position[0]));
            System.arraycopy(copy, position[0], frame, 0, n);
            position[0] += n;
            return position[0] < copy.length;
        };
    }
}
