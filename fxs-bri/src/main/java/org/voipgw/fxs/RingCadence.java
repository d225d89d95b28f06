package org.voipgw.fxs;

import java.time.Duration;
import org.voipgw.media.callerid.JclipTiming;

/**
 * A ringing-voltage cadence on the line. The figures are media's {@link JclipTiming} (one place for the
 * ナンバー・ディスプレイ sequence and normal ringing, with their sources).
 *
 * @param on ringing voltage applied
 * @param off silence after it
 */
public record RingCadence(Duration on, Duration off) {
    /**
     * The ringing signal's frequency: 16 Hz (NTT 「電話サービスのインタフェース」, 呼出信号; issue 11 "Ringing at
     * 16 Hz").
     */
    public static final int FREQUENCY_HZ = JclipTiming.RINGING_HZ;
    /** Normal ringing (IR): 1 s on / 2 s off (NTT 「電話サービスのインタフェース」, 呼出信号; issue 11). */
    public static final RingCadence NORMAL = new RingCadence(Duration.ofMillis(JclipTiming.RINGING_ON_MS),
            Duration.ofMillis(JclipTiming.RINGING_OFF_MS));
    /**
     * The CAR signal of ナンバー・ディスプレイ, which tells the phone caller ID follows: the same 16 Hz
     * ringing voltage, 0.5 s on / 0.5 s off, repeated (NTT's ナンバー・ディスプレイ interface; see
     * {@link CallerIdTiming}).
     */
    public static final RingCadence CAR = new RingCadence(Duration.ofMillis(JclipTiming.CAR_ON_MS), Duration.ofMillis(JclipTiming.CAR_OFF_MS));

    public RingCadence {
        if (on.isNegative() || on.isZero() || off.isNegative() || off.isZero()) {
            throw new IllegalArgumentException("a ring cadence needs positive on and off times: " + on + " / " + off);
        }
    }
}
