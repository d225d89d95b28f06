package org.voipgw.media.callerid;

import java.io.ByteArrayOutputStream;

/**
 * The data link frame of a ナンバー・ディスプレイ message, as the characters go on the line:
 *
 * <pre>
 *   DLE SOH  header(07h)  DLE STX  text…  DLE ETX  CRC(low octet)  CRC(high octet)
 * </pre>
 *
 * <ul>
 * <li>Characters are 7-bit codes with an even parity bit in b8 (every character from the first DLE to ETX;
 *     the two CRC octets are 8-bit values without parity).
 * <li>Transparency: within the header and the text, an octet equal to DLE (10h) is sent twice (DLE DLE),
 *     so DLE followed by SOH, STX or ETX is only ever a control sequence. This applies to the length octets
 *     too: a message or parameter length of 16 is sent as DLE DLE.
 * <li>CRC-16 with the generator x<sup>16</sup>+x<sup>12</sup>+x<sup>5</sup>+1 over every character after
 *     DLE SOH up to and including ETX, as sent (parity bits and transparency DLEs included), the register
 *     cleared at the start, computed LSB-first as the characters are serialised, and sent low-order octet
 *     first. Our reading of NTT's description: it agrees with spandsp's receiver, the one independent decoder
 *     at hand, for every frame without a doubled DLE; for frames with one (length 16) spandsp's receiver is
 *     known to drop the message (PITFALLS.md), so it cannot arbitrate that case.
 * </ul>
 */
public final class JclipFrame {
    public static final int DLE = 0x10;
    public static final int SOH = 0x01;
    public static final int STX = 0x02;
    public static final int ETX = 0x03;
    /** The header octet of a ナンバー・ディスプレイ frame. */
    public static final int HEADER = 0x07;

    private JclipFrame() {
    }

    /** The characters of the frame carrying {@code message}, parity and CRC included. */
    public static byte[] encode(JclipMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(parity(DLE));
        out.write(parity(SOH));
        transparent(out, HEADER);
        out.write(parity(DLE));
        out.write(parity(STX));
        for (byte b : message.text()) {
            transparent(out, b & 0x7F);
        }
        out.write(parity(DLE));
        out.write(parity(ETX));
        byte[] chars = out.toByteArray();
        int crc = crc16(chars, 2, chars.length - 2);
        out.write(crc & 0xFF);
        out.write(crc >>> 8);
        return out.toByteArray();
    }

    private static void transparent(ByteArrayOutputStream out, int octet) {
        if (octet == DLE) {
            out.write(parity(DLE));
        }
        out.write(parity(octet));
    }

    /** {@code code} (7 bits) with the even parity bit set in b8. */
    public static int parity(int code) {
        int c = code & 0x7F;
        return Integer.bitCount(c) % 2 == 0 ? c : c | 0x80;
    }

    /**
     * CRC-16, generator x<sup>16</sup>+x<sup>12</sup>+x<sup>5</sup>+1, register cleared, bits taken LSB first
     * (the reflected form, polynomial 8408h). Its check value over "123456789" is 2189h.
     */
    public static int crc16(byte[] data, int off, int len) {
        int crc = 0;
        for (int i = off; i < off + len; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
            }
        }
        return crc;
    }

    /**
     * Decodes the characters of one frame (from its first DLE; anything after the CRC is ignored): checks the
     * structure, every parity bit and the CRC, undoes the transparency, and parses the message.
     */
    public static JclipMessage decode(byte[] chars) throws JclipFormatException {
        int pos = 0;
        expect(chars, pos++, DLE, "DLE opening the frame");
        expect(chars, pos++, SOH, "SOH after the opening DLE");
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        pos = field(chars, pos, STX, header, "header");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        pos = field(chars, pos, ETX, text, "text");
        if (pos + 2 > chars.length) {
            throw new JclipFormatException("frame ends before its CRC");
        }
        int sent = (chars[pos] & 0xFF) | (chars[pos + 1] & 0xFF) << 8;
        int computed = crc16(chars, 2, pos - 2);
        if (sent != computed) {
            throw new JclipFormatException(String.format("CRC %04x, but the frame gives %04x", sent, computed));
        }
        byte[] h = header.toByteArray();
        if (h.length != 1 || h[0] != HEADER) {
            throw new JclipFormatException("header is not the single octet 07h");
        }
        return JclipMessage.parse(text.toByteArray());
    }

    /** Reads transparent octets up to DLE {@code end}; returns the position after it. */
    private static int field(byte[] chars, int pos, int end, ByteArrayOutputStream into, String what) throws JclipFormatException {
        while (true) {
            int c = checked(chars, pos++, what);
            if (c != DLE) {
                into.write(c);
                continue;
            }
            int next = checked(chars, pos++, what);
            if (next == DLE) {
                into.write(DLE);
            } else if (next == end) {
                return pos;
            } else {
                throw new JclipFormatException(String.format("DLE %02x inside the %s", next, what));
            }
        }
    }

    private static void expect(byte[] chars, int pos, int code, String what) throws JclipFormatException {
        if (checked(chars, pos, what) != code) {
            throw new JclipFormatException("expected " + what + String.format(" at octet %d, got %02x", pos, chars[pos] & 0x7F));
        }
    }

    /** The 7-bit code at {@code pos}, after checking its parity. */
    private static int checked(byte[] chars, int pos, String what) throws JclipFormatException {
        if (pos >= chars.length) {
            throw new JclipFormatException("frame ends inside the " + what);
        }
        int c = chars[pos] & 0xFF;
        if (parity(c) != c) {
            throw new JclipFormatException(String.format("parity error in octet %d (%02x) of the %s", pos, c, what));
        }
        return c & 0x7F;
    }
}
