package org.voipgw.media.callerid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One ナンバー・ディスプレイ message (service type 0x40, 情報通知): the caller's number (parameter 0x02,
 * 発信電話番号) or the reason it is absent (0x04, 発信電話番号非通知理由), and optionally the called number
 * (0x09, 着信電話番号 — the dial-in number, for key systems and PBXs behind the port).
 *
 * <p>The number is sent as ASCII digits. Limit chosen: 1–20 digits (Japanese numbers are at most 11 digits,
 * international ones up to 15 plus a 010 prefix).
 *
 * @param callingNumber the caller's number, or null when absent
 * @param absence       why there is no number; null when there is one
 * @param calledNumber  the called (dial-in) number, or null
 */
public record JclipMessage(String callingNumber, AbsenceReason absence, String calledNumber) {
    /** Message (service) type: ナンバー・ディスプレイ. */
    public static final int SERVICE_NUMBER_DISPLAY = 0x40;
    /** Parameter: 発信電話番号. */
    public static final int CALLING_NUMBER = 0x02;
    /** Parameter: 発信電話番号非通知理由. */
    public static final int ABSENCE_REASON = 0x04;
    /** Parameter: 着信電話番号. */
    public static final int CALLED_NUMBER = 0x09;
    /** Longest number accepted (chosen, see class comment). */
    public static final int MAX_DIGITS = 20;

    public JclipMessage {
        if ((callingNumber == null) == (absence == null)) {
            throw new IllegalArgumentException("a caller ID message carries either the number or the reason it is absent, not "
                    + (callingNumber == null ? "neither" : "both"));
        }
        check(callingNumber, "発信電話番号 (calling number)");
        check(calledNumber, "着信電話番号 (called number)");
    }

    /** The caller's number is shown. */
    public static JclipMessage presenting(String number) {
        return new JclipMessage(number, null, null);
    }

    /** No number, for {@code reason}. */
    public static JclipMessage absent(AbsenceReason reason) {
        return new JclipMessage(null, reason, null);
    }

    /** The same message with the called (dial-in) number added. */
    public JclipMessage withCalledNumber(String number) {
        return new JclipMessage(callingNumber, absence, number);
    }

    private static void check(String number, String what) {
        if (number == null) {
            return;
        }
        if (number.isEmpty() || number.length() > MAX_DIGITS || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + " は数字 1〜" + MAX_DIGITS + " 桁で指定してください: '" + number + "'"
                    + " / must be 1 to " + MAX_DIGITS + " digits");
        }
    }

    /** The message as the text of a frame: type, length, then the parameters (type, length, value); no DLE transparency yet. */
    public byte[] text() {
        ByteArrayOutputStream params = new ByteArrayOutputStream();
        if (callingNumber != null) {
            parameter(params, CALLING_NUMBER, callingNumber.getBytes(StandardCharsets.US_ASCII));
        } else {
            parameter(params, ABSENCE_REASON, new byte[] {(byte) absence.code()});
        }
        if (calledNumber != null) {
            parameter(params, CALLED_NUMBER, calledNumber.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] p = params.toByteArray();
        byte[] text = new byte[2 + p.length];
        text[0] = (byte) SERVICE_NUMBER_DISPLAY;
        text[1] = (byte) p.length;
        System.arraycopy(p, 0, text, 2, p.length);
        return text;
    }

    private static void parameter(ByteArrayOutputStream out, int type, byte[] value) {
        out.write(type);
        out.write(value.length);
        out.writeBytes(value);
    }

    /** Parses a frame's text (after DLE transparency is undone); a clear error for anything malformed. */
    public static JclipMessage parse(byte[] text) throws JclipFormatException {
        if (text.length < 2) {
            throw new JclipFormatException("text shorter than its type and length octets");
        }
        if ((text[0] & 0x7F) != SERVICE_NUMBER_DISPLAY) {
            throw new JclipFormatException(String.format("service type 0x%02x is not ナンバー・ディスプレイ (0x40)", text[0] & 0x7F));
        }
        int length = text[1] & 0x7F;
        if (length != text.length - 2) {
            throw new JclipFormatException("message length " + length + " but " + (text.length - 2) + " octets of parameters");
        }
        String calling = null;
        String called = null;
        AbsenceReason reason = null;
        int pos = 2;
        while (pos < text.length) {
            if (pos + 2 > text.length) {
                throw new JclipFormatException("parameter header cut off at octet " + pos);
            }
            int type = text[pos] & 0x7F;
            int len = text[pos + 1] & 0x7F;
            if (pos + 2 + len > text.length) {
                throw new JclipFormatException(String.format("parameter 0x%02x of %d octets runs past the message", type, len));
            }
            StringBuilder value = new StringBuilder();
            for (int i = pos + 2; i < pos + 2 + len; i++) {
                value.append((char) (text[i] & 0x7F));
            }
            switch (type) {
                case CALLING_NUMBER -> calling = value.toString();
                case CALLED_NUMBER -> called = value.toString();
                case ABSENCE_REASON -> {
                    reason = value.length() == 1 ? AbsenceReason.of(value.charAt(0)) : null;
                    if (reason == null) {
                        throw new JclipFormatException("unknown absence reason '" + value + "'");
                    }
                }
                default -> {
                    // other parameters (extensions NTT may add) are skipped, as a phone does
                }
            }
            pos += 2 + len;
        }
        try {
            return new JclipMessage(calling, reason, called);
        } catch (IllegalArgumentException e) {
            throw new JclipFormatException(e.getMessage());
        }
    }
}
