package org.voipgw.fxs.sim;

import java.time.Duration;

/**
 * How a simulated phone pulses: rate, make ratio and the pause between digits.
 *
 * @param pulsesPerSecond 10 or 20 nominal (端末設備等規則 別表第一号: 10 ± 1.0, 20 ± 1.6)
 * @param makePercent the make ratio (別表第一号: 30–42 % at 10 pps, 30–36 % at 20 pps)
 * @param pause the pause between digits (別表第一号: at least 600 ms at 10 pps, 450 ms at 20 pps)
 */
public record PulseDialing(double pulsesPerSecond, double makePercent, Duration pause) {
    /** A push-button phone's out-pulsing: 20 pps, 33 % make, 600 ms pause (our choice within 別表第一号). */
    public static final PulseDialing PUSH_BUTTON_20PPS = new PulseDialing(20, 33, Duration.ofMillis(600));
    /** A rotary dial: 10 pps, 33 % make, 800 ms pause (our choice within 別表第一号). */
    public static final PulseDialing ROTARY_10PPS = new PulseDialing(10, 33, Duration.ofMillis(800));

    public PulseDialing {
        if (pulsesPerSecond <= 0 || makePercent <= 0 || makePercent >= 100 || pause.isNegative()) {
            throw new IllegalArgumentException("pulse dialling needs pps > 0, 0 < make % < 100, pause >= 0: " + pulsesPerSecond
                    + " pps, " + makePercent + " %, " + pause);
        }
    }

    long breakMillis() {
        return Math.round(1000.0 / pulsesPerSecond * (100 - makePercent) / 100.0);
    }

    long makeMillis() {
        return Math.round(1000.0 / pulsesPerSecond * makePercent / 100.0);
    }
}
