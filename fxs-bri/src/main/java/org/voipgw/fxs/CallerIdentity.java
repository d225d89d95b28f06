package org.voipgw.fxs;

/**
 * Who is calling, as NTT's ナンバー・ディスプレイ delivers it to the phone: the caller's number, or the
 * reason it is absent (JCLIP's 発信者番号非通知理由: P user withheld, O unavailable, C public phone,
 * S service conflict). The call core's FXS leg builds it from the call's calling party (agent's
 * {@code CallingParty}, read from the INVITE by {@code IncomingIdentity}): allowed → the number,
 * restricted → {@link #withheld()}, unavailable → {@link #unavailable()}.
 *
 * @param number the caller's number, digits only; empty when {@code absence} is not {@link Absence#NONE}
 * @param absence why there is no number
 */
public record CallerIdentity(String number, Absence absence) {
    /** The reason the number is absent, with its JCLIP reason code. */
    public enum Absence {
        NONE(' '),
        /** 非通知 (the caller withheld it: SIP Privacy: id, or an anonymous From). */
        WITHHELD('P'),
        /** 表示圏外 (not available from the network). */
        UNAVAILABLE('O'),
        /** 公衆電話. */
        PUBLIC_PHONE('C'),
        /** サービス競合. */
        SERVICE_CONFLICT('S');

        private final char code;

        Absence(char code) {
            this.code = code;
        }

        /** The JCLIP reason code. */
        public char code() {
            return code;
        }
    }

    /** The longest number carried (JCLIP caller number parameter: up to 20 digits, our reading). */
    public static final int MAX_DIGITS = 20;

    public CallerIdentity {
        if (absence == Absence.NONE) {
            if (number == null || number.isEmpty() || number.length() > MAX_DIGITS || !number.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a caller's number is 1-" + MAX_DIGITS + " digits, got \"" + number + "\"");
            }
        } else if (number != null && !number.isEmpty()) {
            throw new IllegalArgumentException("no number goes with absence " + absence);
        }
        number = number == null ? "" : number;
    }

    public static CallerIdentity of(String number) {
        return new CallerIdentity(number, Absence.NONE);
    }

    public static CallerIdentity withheld() {
        return new CallerIdentity("", Absence.WITHHELD);
    }

    public static CallerIdentity unavailable() {
        return new CallerIdentity("", Absence.UNAVAILABLE);
    }

    /** The word scenarios use: the number, {@code anonymous} or {@code unavailable}. */
    public String scenarioWord() {
        return switch (absence) {
            case NONE -> number;
            case WITHHELD -> "anonymous";
            case UNAVAILABLE, SERVICE_CONFLICT -> "unavailable";
            case PUBLIC_PHONE -> "public";
        };
    }
}
