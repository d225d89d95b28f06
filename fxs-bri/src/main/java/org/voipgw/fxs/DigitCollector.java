package org.voipgw.fxs;

import java.time.Duration;

/**
 * Collects the digits of one dialling (DTMF or pulse) against a {@link DigitMap} and says when it is
 * complete. Rules (issue 11, Dialling), in order:
 *
 * <ol>
 *   <li>184 / 186 dialled first are the presentation prefixes (withhold / present the number for this
 *       call); they are taken off and never reach the map;
 *   <li>{@code #} after at least one digit ends dialling with the digits so far;
 *   <li>otherwise the map decides: complete, complete on the timer, keep collecting, or invalid.
 * </ol>
 *
 * <p>The line runs the timers: {@link #INTER_DIGIT_TIMEOUT} after each digit while the result asks for
 * it, and {@link #FIRST_DIGIT_TIMEOUT} from dial tone to the first digit. Not thread-safe: one per line,
 * on the device's event loop.
 */
public final class DigitCollector {
    /**
     * The inter-digit timeout: 4 s (our choice within the 4–5 s issue 11 allows): long enough for a
     * person reading a number from paper, short enough that an international call does not seem dead.
     */
    public static final Duration INTER_DIGIT_TIMEOUT = Duration.ofSeconds(4);
    /** Dial tone with no digit for 20 s ends in busy tone (our choice, like an exchange's permanent-signal timeout). */
    public static final Duration FIRST_DIGIT_TIMEOUT = Duration.ofSeconds(20);
    /** The longest number collected: 32 characters, the limit the box's other number settings use (issue 10). */
    public static final int MAX_DIGITS = 32;

    /** The result of one digit or timeout. */
    public sealed interface Outcome {
        /** Keep collecting; {@code timerRuns} says whether the inter-digit timer should run now. */
        record Collecting(boolean timerRuns) implements Outcome {
        }

        record Complete(DialledNumber number) implements Outcome {
        }

        /** What was dialled cannot be a number: the phone gets busy tone. */
        record Invalid(String digits, String reason) implements Outcome {
        }
    }

    private final DigitMap map;
    private final StringBuilder digits = new StringBuilder();
    private Presentation presentation = Presentation.DEFAULT;
    private boolean finished;

    public DigitCollector(DigitMap map) {
        this.map = map;
    }

    /** The digits collected so far, without the 184/186 prefix. */
    public String digits() {
        return digits.toString();
    }

    public Presentation presentation() {
        return presentation;
    }

    /** One digit ({@code 0-9 * # A-D}) from the DTMF detector or the pulse decoder. */
    public Outcome digit(char digit) {
        if (finished) {
            throw new IllegalStateException("dialling already ended with " + digits);
        }
        if (!DigitMap.isLetter(digit)) {
            throw new IllegalArgumentException("not a dial digit: '" + digit + "' (valid: 0-9 * # A-D)");
        }
        char d = Character.toUpperCase(digit);
        if (d == '#' && !digits.isEmpty() && digits.charAt(0) != '#') {
            return complete();
        }
        digits.append(d);
        if (presentation == Presentation.DEFAULT && (digits.toString().equals("184") || digits.toString().equals("186"))) {
            presentation = digits.toString().equals("184") ? Presentation.WITHHELD : Presentation.PRESENTED;
            digits.setLength(0);
            return new Outcome.Collecting(true);
        }
        if (digits.length() > MAX_DIGITS) {
            return invalid("longer than " + MAX_DIGITS + " digits");
        }
        return switch (map.match(digits.toString(), false)) {
            case COMPLETE -> complete();
            case COMPLETE_ON_TIMER, PARTIAL -> new Outcome.Collecting(true);
            case NO_MATCH -> invalid("no number of the digit map " + map + " starts so");
        };
    }

    /** The inter-digit timer expired. */
    public Outcome timeout() {
        if (finished) {
            throw new IllegalStateException("dialling already ended with " + digits);
        }
        if (digits.isEmpty()) {
            return invalid("nothing dialled");
        }
        return map.match(digits.toString(), true) == DigitMap.Match.COMPLETE ? complete()
                : invalid("incomplete for the digit map " + map);
    }

    private Outcome complete() {
        finished = true;
        return new Outcome.Complete(new DialledNumber(digits.toString(), presentation));
    }

    private Outcome invalid(String reason) {
        finished = true;
        return new Outcome.Invalid(digits.toString(), reason);
    }
}
