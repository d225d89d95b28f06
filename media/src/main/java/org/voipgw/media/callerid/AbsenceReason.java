package org.voipgw.media.callerid;

/**
 * Why a call carries no number (NTT ナンバー・ディスプレイ, parameter 発信電話番号非通知理由, type 0x04). Phones
 * show these as 非通知 / 表示圏外 / 公衆電話 (or the letters P, O, C, S).
 */
public enum AbsenceReason {
    /** 'P': the caller withheld the number (ユーザ拒否; 184 dialled, SIP Privacy: id, an anonymous From). */
    WITHHELD('P'),
    /** 'O': the number cannot be delivered (サービス提供不可: international, other networks, unknown). */
    UNAVAILABLE('O'),
    /** 'C': a public telephone (公衆電話発信). */
    PAYPHONE('C'),
    /** 'S': the service conflicts with another one (サービス競合). */
    CONFLICT('S');

    private final char code;

    AbsenceReason(char code) {
        this.code = code;
    }

    /** The character sent in the parameter. */
    public char code() {
        return code;
    }

    /** The reason for a received code; null when unknown. */
    public static AbsenceReason of(char code) {
        for (AbsenceReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }
}
