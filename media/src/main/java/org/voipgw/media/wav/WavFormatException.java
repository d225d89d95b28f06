package org.voipgw.media.wav;

import java.io.IOException;

/** A file that is not an 8 kHz 16-bit mono PCM WAV; the message says what was found. */
public final class WavFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public WavFormatException(String message) {
        super(message);
    }
}
