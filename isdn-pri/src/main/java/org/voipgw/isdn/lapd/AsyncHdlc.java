package org.voipgw.isdn.lapd;

import java.io.ByteArrayOutputStream;

/**
 * Octet-stuffed asynchronous HDLC (RFC 1662 §4), our framing for LAPD frames on the UART to a
 * line-interface board: each frame is sent as flag 0x7E, the frame and its FCS-16 with every 0x7E
 * and 0x7D octet escaped (0x7D, then the octet XOR 0x20, §4.2), and a closing flag. The FCS is the
 * same 16-bit CRC as on the ISDN line (RFC 1662 §C.2 = Q.921 §2.7, {@link Hdlc#fcs}), low octet first.
 *
 * <p>Async-control-character map: zero (our choice): the line is 8-bit transparent with no software
 * flow control, so only the flag and the escape are escaped; a receiver still un-escapes any octet
 * after 0x7D, as §4.2 requires. An opening flag is always sent (no flag sharing), which also ends
 * any garbage the far end's receiver may have picked up since the last frame.
 */
public final class AsyncHdlc {
    /** The flag sequence (RFC 1662 §4.1). */
    public static final int FLAG = 0x7E;
    /** The control escape octet (RFC 1662 §4.2). */
    public static final int ESCAPE = 0x7D;
    /** XORed into an escaped octet (RFC 1662 §4.2). */
    static final int FLIP = 0x20;

    private AsyncHdlc() {}

    /** The line octets for one LAPD frame (address to information field). */
    public static byte[] encode(byte[] frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.length + 8);
        out.write(FLAG);
        for (byte b : Hdlc.appendFcs(frame)) {
            int o = b & 0xFF;
            if (o == FLAG || o == ESCAPE) {
                out.write(ESCAPE);
                out.write(o ^ FLIP);
            } else {
                out.write(o);
            }
        }
        out.write(FLAG);
        return out.toByteArray();
    }
}
