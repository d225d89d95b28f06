package org.voipgw.fxs.sim;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.voipgw.fxs.FxsLine;
import org.voipgw.media.tone.ToneExpectation;

/**
 * The simulated phones' words in the scenario language (issue 11, exact words): the checks of their
 * arguments, with messages saying what is valid, and what they do or read. Agent's scenario vocabulary
 * wraps these; the words after {@code phone} / {@code expect … phone} are given as a list.
 *
 * <ul>
 *   <li>{@code phone N offhook|onhook|flash}, {@code phone N dial DIGITS [pulse]},
 *       {@code phone N play FILE.wav}, {@code phone N tone HZ|off};
 *   <li>{@code expect tone phone N dial|ringback|busy|silence|HZ}, {@code expect ringing phone N on|off},
 *       {@code expect callerid phone N NUMBER|anonymous|unavailable}, {@code expect dialled phone N DIGITS}.
 * </ul>
 */
public final class PhoneWords {
    public static final String ACTION_SYNTAX = "phone N offhook|onhook|flash | phone N dial DIGITS [pulse] | phone N play FILE.wav"
            + " | phone N tone HZ|off";
    /** How much recent audio {@code expect tone phone} judges: 6 s, two periods of the 3 s ringback cadence. */
    public static final Duration TONE_WINDOW = Duration.ofSeconds(6);
    /** The band a phone tone and an expected tone may use: the analyser's ({@link ToneExpectation}), one range for both. */
    static final double MIN_HZ = ToneExpectation.MIN_HZ;
    static final double MAX_HZ = ToneExpectation.MAX_HZ;

    private PhoneWords() {
    }

    /** Checks {@code N VERB …} against a box with {@code ports} FXS ports; the error to show, or empty. */
    public static Optional<String> checkAction(List<String> args, int ports) {
        Optional<String> port = checkPort(args, ports);
        if (port.isPresent()) {
            return port;
        }
        if (args.size() < 2) {
            return Optional.of("phone N needs an action; valid: " + ACTION_SYNTAX);
        }
        String verb = args.get(1);
        List<String> rest = args.subList(2, args.size());
        return switch (verb) {
            case "offhook", "onhook", "flash" -> rest.isEmpty() ? Optional.empty()
                    : Optional.of("phone N " + verb + " takes nothing more, got " + rest);
            case "dial" -> checkDial(rest);
            case "play" -> rest.size() == 1 && rest.get(0).toLowerCase(Locale.ROOT).endsWith(".wav") ? Optional.empty()
                    : Optional.of("phone N play takes one FILE.wav (8 kHz 16-bit mono), got " + rest);
            case "tone" -> checkTone(rest);
            default -> Optional.of("unknown phone action '" + verb + "'; valid: " + ACTION_SYNTAX);
        };
    }

    /**
     * Runs a checked action on its phone.
     *
     * @param phones the phone on port N
     * @param wavFiles reads FILE.wav into 8 kHz samples (the {@code media} module's WAV reader)
     */
    public static void runAction(List<String> args, IntFunction<SimulatedPhone> phones, Function<String, short[]> wavFiles) {
        checkAction(args, Integer.MAX_VALUE).ifPresent(error -> {
            throw new IllegalArgumentException(error);
        });
        SimulatedPhone phone = phones.apply(Integer.parseInt(args.get(0)));
        switch (args.get(1)) {
            case "offhook" -> phone.offHook();
            case "onhook" -> phone.onHook();
            case "flash" -> phone.flash();
            case "dial" -> {
                if (args.size() == 4) {
                    phone.dialPulses(args.get(2), PulseDialing.PUSH_BUTTON_20PPS);
                } else {
                    phone.dialTones(args.get(2));
                }
            }
            case "play" -> phone.play(wavFiles.apply(args.get(2)));
            case "tone" -> phone.tone(args.get(2).equals("off") ? 0 : Double.parseDouble(args.get(2)));
            default -> throw new IllegalArgumentException("unknown phone action " + args.get(1));
        }
    }

    /** Checks {@code N} (the words after {@code phone}); the error to show, or empty. */
    public static Optional<String> checkPort(List<String> args, int ports) {
        if (args.isEmpty()) {
            return Optional.of("phone needs a port number 1-" + ports);
        }
        try {
            int n = Integer.parseInt(args.get(0));
            return n >= 1 && n <= ports ? Optional.empty() : Optional.of("no phone " + n + "; valid ports: 1-" + ports);
        } catch (NumberFormatException e) {
            return Optional.of("phone port must be a number; valid: 1-" + ports + ", got '" + args.get(0) + "'");
        }
    }

    /**
     * {@code expect ringing phone N}: {@code on} while an incoming call is offered to the port — the CAR
     * signal, the caller-ID data in between, and normal ringing — and {@code off} otherwise.
     */
    public static String ringing(FxsLine line) {
        return line.state().incoming() ? "on" : "off";
    }

    /** {@code expect callerid phone N}: the number shown, {@code anonymous}, {@code unavailable}, or {@code none}. */
    public static String callerId(SimulatedPhone phone) {
        return phone.callerId().map(c -> c.scenarioWord()).orElse("none");
    }

    /** {@code expect dialled phone N}: what the line collected at the last dialling. */
    public static String dialled(FxsLine line) {
        return line.lastDialled();
    }

    /** {@code expect tone phone N X}: whether what the phone heard lately is {@code expected}. */
    public static boolean tone(SimulatedPhone phone, String expected, ToneJudge judge) {
        return judge.matches(phone.heard(TONE_WINDOW), expected);
    }

    /** Checks an expected tone word; the error to show, or empty. */
    public static Optional<String> checkToneWord(String word) {
        if (List.of("dial", "ringback", "busy", "silence").contains(word)) {
            return Optional.empty();
        }
        return checkHz(word, "expect tone phone N takes dial|ringback|busy|silence|HZ");
    }

    private static Optional<String> checkDial(List<String> rest) {
        if (rest.isEmpty() || rest.size() > 2 || (rest.size() == 2 && !rest.get(1).equals("pulse"))) {
            return Optional.of("phone N dial takes DIGITS and optionally 'pulse', got " + rest);
        }
        String valid = rest.size() == 2 ? "0123456789" : "0123456789*#ABCD";
        for (char c : rest.get(0).toCharArray()) {
            if (valid.indexOf(c) < 0) {
                return Optional.of("cannot dial '" + c + "'" + (rest.size() == 2 ? " by pulses" : "") + "; valid: " + valid);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkTone(List<String> rest) {
        if (rest.size() != 1) {
            return Optional.of("phone N tone takes HZ or off, got " + rest);
        }
        return rest.get(0).equals("off") ? Optional.empty() : checkHz(rest.get(0), "phone N tone takes HZ or off");
    }

    private static Optional<String> checkHz(String word, String what) {
        try {
            double hz = Double.parseDouble(word);
            return hz >= MIN_HZ && hz <= MAX_HZ ? Optional.empty()
                    : Optional.of(what + ": " + word + " Hz is outside " + (int) MIN_HZ + "-" + (int) MAX_HZ + " Hz");
        } catch (NumberFormatException e) {
            return Optional.of(what + ", got '" + word + "'");
        }
    }
}
