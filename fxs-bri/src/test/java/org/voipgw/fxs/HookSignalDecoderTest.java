package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.hal.time.VirtualClock;

/** Hook signals on virtual time: pulses at the edges of 端末設備等規則 別表第一号, flash, hang-up, bounce. */
class HookSignalDecoderTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> heard = new ArrayList<>();
    private final HookSignalDecoder decoder = new HookSignalDecoder(clock, HookTiming.DEFAULT, new HookSignalDecoder.Listener() {
        @Override
        public void offHook() {
            heard.add("off");
        }

        @Override
        public void onHook() {
            heard.add("on@" + clock.millis());
        }

        @Override
        public void flash() {
            heard.add("flash");
        }

        @Override
        public void pulseDigit(char digit) {
            heard.add(String.valueOf(digit));
        }
    });
    private final HookDebouncer debouncer = new HookDebouncer(clock, HookTiming.DEFAULT.debounce(), decoder::settled);

    private void hook(boolean offHook, double holdMillis) {
        debouncer.raw(offHook);
        clock.advance(Duration.ofMillis(Math.round(holdMillis)));
    }

    /** Dials {@code digits} as pulses at {@code pps} with make ratio {@code makePercent}, pausing {@code pauseMillis}. */
    private void pulseDial(String digits, double pps, double makePercent, double pauseMillis) {
        double period = 1000.0 / pps;
        double make = period * makePercent / 100.0;
        for (char d : digits.toCharArray()) {
            int n = d == '0' ? 10 : d - '0';
            for (int i = 0; i < n; i++) {
                hook(false, period - make);
                hook(true, i == n - 1 ? pauseMillis : make);
            }
        }
    }

    @ParameterizedTest(name = "{0} pps, make {1} %")
    @CsvSource({
        "10,   33",
        "9,    30",
        "9,    42",
        "11,   30",
        "11,   42",
        "20,   33",
        "18.4, 30",
        "18.4, 36",
        "21.6, 30",
        "21.6, 36",
    })
    void everyDigitAtTheEdgesOfThePulseRules(double pps, double makePercent) {
        hook(true, 500);
        double minimumPause = pps < 15 ? 600 : 450; // 別表第一号: minimum pause per class
        pulseDial("1234567890", pps, makePercent, minimumPause);
        assertEquals(List.of("off", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), heard);
        assertTrue(decoder.offHook());
    }

    @ParameterizedTest(name = "break {0} ms is a flash")
    @ValueSource(ints = {100, 300, 999, 1000})
    void aBreakOf100To1000msIsAFlash(int breakMillis) {
        hook(true, 500);
        hook(false, breakMillis);
        hook(true, 2000);
        assertEquals(List.of("off", "flash"), heard);
    }

    @Test
    void aLongerBreakIsAHangUpKnownOneSecondAfterIt() {
        hook(true, 500);
        long onHookAt = clock.millis();
        hook(false, 3000);
        assertEquals(List.of("off", "on@" + (onHookAt + 1011)), heard);
        assertFalse(decoder.offHook());
        hook(true, 100);
        assertEquals("off", heard.get(2));
    }

    @Test
    void aBreakJustUnderTheFlashWindowIsTheDigitOne() {
        hook(true, 500);
        hook(false, 99);
        hook(true, 300);
        assertEquals(List.of("off", "1"), heard);
    }

    @Test
    void bounceAndGlitchesAreIgnored() {
        for (int i = 0; i < 5; i++) {
            hook(true, 3); // contact bounce on lifting the handset
            hook(false, 3);
        }
        hook(true, 500);
        hook(false, 15); // a 15 ms glitch while talking: not a pulse
        hook(true, 500);
        assertEquals(List.of("off"), heard);
    }

    @Test
    void moreThanTenPulsesAreNoDigit() {
        hook(true, 500);
        for (int i = 0; i < 12; i++) {
            hook(false, 60);
            hook(true, 40);
        }
        clock.advance(Duration.ofMillis(500));
        assertEquals(List.of("off"), heard);
    }
}
