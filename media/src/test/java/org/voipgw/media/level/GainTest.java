package org.voipgw.media.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voipgw.media.tone.SineOscillator;

class GainTest {

    @Test
    void zeroDbm0IsDerivedFromTheG711OverloadPoint() {
        // 8159 × 4 × 10^(−3.17/20): the sine whose peak reaches the overload point is +3.17 dBm0
        assertEquals(22_657, Dbm0.ZERO_DBM0_PEAK, 1.0);
        assertEquals(Dbm0.ZERO_DBM0_PEAK / Math.sqrt(2), Dbm0.ZERO_DBM0_RMS, 1e-9);
        assertEquals(Dbm0.T_MAX_DBM0, Dbm0.ofRms(Dbm0.MU_LAW_OVERLOAD / Math.sqrt(2)), 1e-9);
    }

    @Test
    void aZeroDbm0ToneMeasuresZeroDbm0() {
        short[] tone = new SineOscillator(1004, 0).render(1000);
        assertEquals(0.0, Dbm0.measure(tone), 0.05);
        assertEquals(-20.0, Dbm0.measure(new SineOscillator(1004, -20).render(1000)), 0.05);
    }

    @Test
    void theFxsAnalogGainsComeOutWithinHalfADecibel() {
        // guide 5003: Ⅲ/Ⅳ analog ports send −4 dB / receive −12 dB
        for (Gain gain : new Gain[] {Gain.FXS_ANALOG_SEND, Gain.FXS_ANALOG_RECEIVE, Gain.UNITY}) {
            short[] tone = new SineOscillator(1004, 0).render(1000);
            gain.apply(tone);
            double measured = Dbm0.measure(tone);
            System.out.printf("0 dBm0 1004 Hz through %+.0f dB -> %.3f dBm0%n", gain.db(), measured);
            assertEquals(gain.db(), measured, 0.5);
        }
    }

    @Test
    void gainSaturatesInsteadOfWrapping() {
        short[] tone = new SineOscillator(1004, 0).render(100);
        new Gain(12).apply(tone);
        int max = 0;
        for (short s : tone) {
            max = Math.max(max, Math.abs((int) s));
        }
        assertTrue(max >= 32767, "a +12 dB boost of 0 dBm0 reaches the limit");
        // a wrapped sample would change sign next to its neighbours: the peaks stay positive where the sine is
        for (int i = 0; i < tone.length; i++) {
            double expectedSign = Math.signum(Math.sin(2 * Math.PI * 1004 * i / 8000.0));
            if (Math.abs(Math.sin(2 * Math.PI * 1004 * i / 8000.0)) > 0.3) {
                assertEquals(expectedSign, Math.signum(tone[i]), "sample " + i);
            }
        }
    }

    @Test
    void badGainsAreRefusedWithTheValidRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Gain(Double.NaN));
        assertTrue(e.getMessage().contains("-40.0") && e.getMessage().contains("20.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Gain(-41));
        assertThrows(IllegalArgumentException.class, () -> new Gain(21));
    }
}
