package org.voipgw.fxs;

import java.util.Optional;

/**
 * Finds DTMF digits in what the phone sends, to ITU-T Q.24 practice (implemented with the {@code media}
 * module's detector by {@link org.voipgw.fxs.signal.LineDtmfDetector}). One per line: it keeps state across
 * frames.
 */
public interface DigitDetector {
    /**
     * Feeds the next 20 ms heard from the phone.
     *
     * @return the digit ({@code 0-9 * # A-D}) that was recognised in this frame, reported once per key
     *     press, or empty
     */
    Optional<Character> detect(short[] fromPhone);

    /** Forgets any tone in progress (a new dialling starts). */
    void reset();
}
