package org.voipgw.isdn.lapd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;

/**
 * Streaming receiver for {@link AsyncHdlc} line octets, split anywhere. Until the first flag it
 * hunts: octets are discarded and reported once as a framing error, and the flag synchronises.
 * Garbage later on ends, at the next flag, as a frame with a bad FCS (or a runt), and that flag
 * opens the next frame: re-synchronisation costs at most the frame the garbage hit. Between flags
 * it un-escapes and checks the FCS (RFC 1662 §4.3). What it reports, each as a {@link Decoded.Failed}: {@link Kind#BAD_FCS} for an FCS mismatch;
 * {@link Kind#BAD_FORMAT} for octets outside any frame or an abort (escape then flag, §4.2 and
 * ISO/IEC 13239 §4.4.4); {@link Kind#TRUNCATED} for a frame shorter than a LAPD frame and its FCS;
 * {@link Kind#TOO_LONG} for a frame with an information field over N201 (its octets are not kept,
 * so memory is bounded whatever the line sends). Flags with nothing between them are idle fill.
 */
public final class AsyncHdlcDecoder {
    /** The shortest frame worth checking: address (2) + control (1) + FCS (2). */
    private static final int MIN_OCTETS = 3 + 2;

    private final byte[] buf = new byte[DChannel.MAX_FRAME_OCTETS + 2];
    private int len;
    private boolean escape;
    private boolean hunting = true;
    private boolean discarded;
    private boolean tooLong;
    private int tooLongOctets;

    /** Feeds line octets; returns what closed in them, in order. */
    public List<Decoded<byte[]>> feed(byte[] chunk) {
        List<Decoded<byte[]>> out = new ArrayList<>(1);
        for (byte b : chunk) {
            octet(b & 0xFF, out);
        }
        return out;
    }

    private void octet(int o, List<Decoded<byte[]>> out) {
        if (o == AsyncHdlc.FLAG) {
            flag(out);
            return;
        }
        if (hunting) {
            discarded = true;
            return;
        }
        if (tooLong) {
            tooLongOctets++;
            return;
        }
        if (o == AsyncHdlc.ESCAPE) {
            escape = true;
            return;
        }
        if (escape) {
            o ^= AsyncHdlc.FLIP;
            escape = false;
        }
        if (len == buf.length) {
            tooLong = true;
            tooLongOctets = len + 1;
            return;
        }
        buf[len++] = (byte) o;
    }

    private void flag(List<Decoded<byte[]>> out) {
        if (hunting) {
            if (discarded) {
                out.add(Decoded.fail(Kind.BAD_FORMAT, 0, "octets outside a frame before the flag"));
            }
        } else if (tooLong) {
            out.add(Decoded.fail(Kind.TOO_LONG, DChannel.MAX_FRAME_OCTETS,
                    "frame of " + (tooLongOctets - 2) + "+ octets: information field over N201"));
        } else if (escape) {
            out.add(Decoded.fail(Kind.BAD_FORMAT, len, "frame aborted (escape before flag)"));
        } else if (len > 0 && len < MIN_OCTETS) {
            out.add(Decoded.fail(Kind.TRUNCATED, len, "frame of " + len + " octets is shorter than a LAPD frame and FCS"));
        } else if (len > 0) {
            int got = (buf[len - 2] & 0xFF) | (buf[len - 1] & 0xFF) << 8;
            out.add(Hdlc.fcs(buf, 0, len - 2) == got ? Decoded.ok(Arrays.copyOf(buf, len - 2))
                    : Decoded.fail(Kind.BAD_FCS, len - 2, "FCS mismatch"));
        }
        len = 0;
        escape = false;
        hunting = false;
        discarded = false;
        tooLong = false;
        tooLongOctets = 0;
    }
}
