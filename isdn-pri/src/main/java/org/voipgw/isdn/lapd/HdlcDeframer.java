package org.voipgw.isdn.lapd;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;
import java.util.Arrays;

/**
 * Streaming receiver for {@link Hdlc#toLine} bit streams: finds flags, removes inserted zeros,
 * checks the FCS. Input may arrive split anywhere; seven or more ones abort a frame (Q.921 §2.8).
 * A frame with a bad FCS or a non-octet length is reported as a {@link Decoded.Failed}.
 */
public final class HdlcDeframer {
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private int ones;
    private int octet;
    private int bitCount;
    private boolean inFrame;

    /** Feeds line octets; returns the frames (without FCS) that closed in them. */
    public List<Decoded<byte[]>> feed(byte[] line) {
        List<Decoded<byte[]>> out = new ArrayList<>();
        for (byte b : line) {
            for (int i = 0; i < 8; i++) {
                bit(((b >>> i) & 1) != 0, out);
            }
        }
        return out;
    }

    private void bit(boolean one, List<Decoded<byte[]>> out) {
        if (one) {
            ones++;
            if (ones >= 7) {
                reset(false); // abort or idle
                return;
            }
            shiftIn(1);
            return;
        }
        int run = ones;
        ones = 0;
        if (run == 6) {
            closeFlag(out);
            return;
        }
        if (run == 5) {
            // a zero inserted by the sender after five ones (§2.6): drop it
            return;
        }
        shiftIn(0);
    }

    private void shiftIn(int bit) {
        if (!inFrame) {
            return;
        }
        octet |= bit << bitCount;
        if (++bitCount == 8) {
            frame.write(octet);
            octet = 0;
            bitCount = 0;
        }
    }

    private void closeFlag(List<Decoded<byte[]>> out) {
        // The flag's leading 0 and six 1s were shifted in as 7 bits: a frame of whole octets
        // therefore leaves exactly 7 bits pending. Back-to-back flags enclose nothing.
        byte[] data = frame.toByteArray();
        if (inFrame && (data.length > 0)) {
            out.add(bitCount == 7 ? checked(data)
                    : Decoded.fail(Kind.BAD_FORMAT, data.length, "frame is not a whole number of octets"));
        }
        reset(true);
    }

    private static Decoded<byte[]> checked(byte[] data) {
        int len = data.length;
        if (len < 3 + 2) {
            return Decoded.fail(Kind.TRUNCATED, len, "frame shorter than address + control + FCS");
        }
        int got = (data[len - 2] & 0xFF) | (data[len - 1] & 0xFF) << 8;
        if (Hdlc.fcs(data, 0, len - 2) != got) {
            return Decoded.fail(Kind.BAD_FCS, len - 2, "FCS mismatch");
        }
        return Decoded.ok(Arrays.copyOf(data, len - 2));
    }

    private void reset(boolean open) {
        frame.reset();
        octet = 0;
        bitCount = 0;
        inFrame = open;
    }
}
