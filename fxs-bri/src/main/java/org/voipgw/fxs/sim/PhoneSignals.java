package org.voipgw.fxs.sim;

import org.voipgw.fxs.AudioStream;

/** The sounds a simulated phone makes (made with the {@code media} module's generators by {@link MediaPhoneSignals}). */
public interface PhoneSignals {
    /** The DTMF pair of {@code digit} ({@code 0-9 * # A-D}), continuous; the phone decides how long it sounds. */
    AudioStream dtmf(char digit);

    /** A sine of {@code hz} at a normal talking level, continuous. */
    AudioStream sine(double hz);
}
