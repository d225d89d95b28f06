package org.voipgw.fxs.sim;

import org.voipgw.fxs.AudioStream;
import org.voipgw.media.dtmf.DtmfGenerator;
import org.voipgw.media.dtmf.DtmfKey;
import org.voipgw.media.tone.SineOscillator;

/**
 * A simulated phone's sounds from the media module: DTMF keys as media's {@link DtmfGenerator} sends them
 * (its default levels: low group −9 dBm0, high group −7 dBm0) and a sine for {@code phone N tone HZ}, both
 * phase-continuous across 20 ms frames.
 */
public final class MediaPhoneSignals implements PhoneSignals {
    /**
     * The level of {@code phone N tone HZ}: −10 dBm0. Chosen: a loud talker's level, well above the line's
     * detectors' floors (DTMF −30 dBm0, FAX −43 dBm0) and clear of G.711 overload (+3.17 dBm0).
     */
    public static final double TONE_DBM0 = -10;

    private final DtmfGenerator keys = DtmfGenerator.DEFAULT;

    @Override
    public AudioStream dtmf(char digit) {
        DtmfKey key = DtmfKey.of(digit);
        SineOscillator low = new SineOscillator(key.lowHz(), keys.lowDbm0());
        SineOscillator high = new SineOscillator(key.highHz(), keys.highDbm0());
        return frame -> {
            low.fill(frame, 0, frame.length);
            high.add(frame, 0, frame.length);
            return true;
        };
    }

    @Override
    public AudioStream sine(double hz) {
        SineOscillator sine = new SineOscillator(hz, TONE_DBM0);
        return frame -> {
            sine.fill(frame, 0, frame.length);
            return true;
        };
    }
}
