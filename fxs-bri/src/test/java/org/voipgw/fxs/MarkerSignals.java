package org.voipgw.fxs;

import java.util.Arrays;
import java.util.Optional;
import org.voipgw.fxs.sim.CallerIdReceiver;
import org.voipgw.fxs.sim.PhoneSignals;

/**
 * Test stand-ins for the media module: every "signal" is a frame of one marker value, so tests check the
 * line's logic (which tone, when, which digit) without DSP. Tones: 1001 dial, 1002 ringback, 1003 busy;
 * a DTMF key: 2000 + its character; a sine: 4000 + hz; caller-ID data: one character per frame, 3000 +
 * the character, of the text "N<number>;" or "<reason code>;".
 */
final class MarkerSignals implements ToneSource, CallerIdSender, PhoneSignals {
    static final short DIAL = 1001;
    static final short RINGBACK = 1002;
    static final short BUSY = 1003;

    static AudioStream constant(int value) {
        return frame -> {
            Arrays.fill(frame, (short) value);
            return true;
        };
    }

    @Override
    public AudioStream tone(ProgressTone tone) {
        return constant(switch (tone) {
            case DIAL -> DIAL;
            case RINGBACK -> RINGBACK;
            case BUSY -> BUSY;
        });
    }

    @Override
    public AudioStream message(CallerIdentity caller) {
        String text = (caller.absence() == CallerIdentity.Absence.NONE ? "N" + caller.number() : String.valueOf(caller.absence().code())) + ";";
        int[] next = {0};
        return frame -> {
            Arrays.fill(frame, (short) 0);
            if (next[0] < text.length()) {
                frame[0] = (short) (3000 + text.charAt(next[0]++));
            }
            return next[0] < text.length();
        };
    }

    @Override
    public AudioStream dtmf(char digit) {
        return constant(2000 + digit);
    }

    @Override
    public AudioStream sine(double hz) {
        return constant(4000 + (int) hz);
    }

    /** Sees a key when its marker starts. */
    static final class Detector implements DigitDetector {
        private short last;

        @Override
        public Optional<Character> detect(short[] fromPhone) {
            short v = fromPhone[0];
            Optional<Character> digit = v >= 2000 && v < 2128 && v != last ? Optional.of((char) (v - 2000)) : Optional.empty();
            last = v;
            return digit;
        }

        @Override
        public void reset() {
            last = 0;
        }
    }

    /** Reads the caller-ID text back. */
    static final class Receiver implements CallerIdReceiver {
        private final StringBuilder text = new StringBuilder();

        @Override
        public Optional<CallerIdentity> receive(short[] heard) {
            int v = heard[0];
            if (v < 3000 || v >= 3128) {
                return Optional.empty();
            }
            char c = (char) (v - 3000);
            if (c != ';') {
                text.append(c);
                return Optional.empty();
            }
            String t = text.toString();
            text.setLength(0);
            if (t.startsWith("N")) {
                return Optional.of(CallerIdentity.of(t.substring(1)));
            }
            for (CallerIdentity.Absence a : CallerIdentity.Absence.values()) {
                if (a != CallerIdentity.Absence.NONE && t.equals(String.valueOf(a.code()))) {
                    return Optional.of(new CallerIdentity("", a));
                }
            }
            return Optional.empty();
        }

        @Override
        public void reset() {
            text.setLength(0);
        }
    }
}
