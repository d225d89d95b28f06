package org.voipgw.agent.sip.invite.sim;

import java.util.List;
import java.util.Optional;

/**
 * How a simulated far end takes a call, from {@code far NUMBER answer|busy|no-answer|reject CODE}.
 *
 * @param kind what it does
 * @param code the final status of {@code reject CODE} (400–699); 486 for busy
 */
public record FarEndBehaviour(Kind kind, int code) {
    /** The words of the scenario action. */
    public enum Kind {
        /** Rings {@link SimulatedCallNetwork#RING_TIME}, then answers (the default). */
        ANSWER,
        /** 486 Busy Here at once. */
        BUSY,
        /** Rings until the caller gives up (CANCEL). */
        NO_ANSWER,
        /** A final error of the given code at once (e.g. 404 for an unknown number, 603 Decline). */
        REJECT
    }

    public static final FarEndBehaviour ANSWER = new FarEndBehaviour(Kind.ANSWER, 200);

    public FarEndBehaviour {
        if (kind == Kind.REJECT && (code < 400 || code > 699)) {
            throw new IllegalArgumentException("reject takes a final error status 400–699, not " + code);
        }
        if (kind == Kind.BUSY) {
            code = 486;
        }
    }

    /**
     * Parses the words after the number: {@code answer}, {@code busy}, {@code no-answer} or
     * {@code reject CODE}. Returns an error message instead when they are wrong.
     */
    public static Optional<String> problem(List<String> words) {
        String valid = "answer | busy | no-answer | reject CODE (400–699)";
        if (words.isEmpty()) {
            return Optional.of("what the far end does is missing; valid: " + valid);
        }
        switch (words.get(0)) {
            case "answer", "busy", "no-answer" -> {
                return words.size() == 1 ? Optional.empty()
                        : Optional.of("'" + words.get(0) + "' takes nothing after it; valid: " + valid);
            }
            case "reject" -> {
                if (words.size() != 2 || !words.get(1).matches("[4-6][0-9][0-9]")) {
                    return Optional.of("reject needs one status code 400–699; valid: " + valid);
                }
                return Optional.empty();
            }
            default -> {
                return Optional.of("'" + words.get(0) + "' is not a far-end behaviour; valid: " + valid);
            }
        }
    }

    /** The behaviour of words that {@link #problem} accepted. */
    public static FarEndBehaviour of(List<String> words) {
        return switch (words.get(0)) {
            case "answer" -> ANSWER;
            case "busy" -> new FarEndBehaviour(Kind.BUSY, 486);
            case "no-answer" -> new FarEndBehaviour(Kind.NO_ANSWER, 0);
            default -> new FarEndBehaviour(Kind.REJECT, Integer.parseInt(words.get(1)));
        };
    }
}
