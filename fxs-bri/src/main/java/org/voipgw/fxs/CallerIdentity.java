package org.voipgw.fxs;

import org.voipgw.media.callerid.AbsenceReason;
import org.voipgw.media.callerid.JclipMessage;

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
    /** The reason the number is absent; the JCLIP reason code is media's {@link AbsenceReason}'s (one place). */
    public enum Absence {
        NONE(null),
        /** 非通知 (the caller withheld it: SIP Privacy: id, or an anonymous From). */
        WITHHELD(AbsenceReason.WITHHELD),
        /** 表示圏外 (not available from the network). */
        UNAVAILABLE(AbsenceReason.UNAVAILABLE),
        /** 公衆電話. */
        PUBLIC_PHONE(AbsenceReason.PAYPHONE),
        /** サービス競合. */
        SERVICE_CONFLICT(AbsenceReason.CONFLICT);

        private final AbsenceReason reason;

        Absence(AbsenceReason reason) {
            this.reason = reason;
        }

        /** The JCLIP reason sent instead of a number; null for {@link #NONE}. */
        public AbsenceReason reason() {
            return reason;
        }

        /** The JCLIP reason code (P, O, C, S); a space for {@link #NONE}. */
        public char code() {
            return reason == null ? ' ' : reason.code();
        }

        /** The absence a received JCLIP reason stands for. */
        public static Absence of(AbsenceReason reason) {
            for (Absence a : values()) {
                if (a.reason == reason && reason != null) {
                    return a;
                }
            }
            throw new IllegalArgumentException("no absence for JCLIP reason " + reason);
        }
    }

    /** The longest number carried: the JCLIP message's limit ({@link JclipMessage#MAX_DIGITS}). */
    public static final int MAX_DIGITS = JclipMessage.MAX_DIGITS;

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

    /** The ナンバー・ディスプレイ message carrying this identity (the caller's number, or the reason code). */
    public JclipMessage message() {
        return absence == Absence.NONE ? JclipMessage.presenting(number) : JclipMessage.absent(absence.reason());
    }

    /** The identity a received ナンバー・ディスプレイ message shows. */
    public static CallerIdentity of(JclipMessage message) {
        return message.callingNumber() != null ? of(message.callingNumber()) : new CallerIdentity("", Absence.of(message.absence()));
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
