package org.voipgw.media.callerid;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A Number Display phone's receiver: FSK audio in ({@link FskDemodulator}), messages out. It finds each frame
 * by its DLE SOH, follows the DLE transparency to DLE ETX, takes the two CRC octets and hands the frame to
 * {@link JclipFrame#decode}; frames that fail (parity, CRC, structure) are counted, not returned.
 */
public final class JclipReceiver {
    private static final int DLE = JclipFrame.parity(JclipFrame.DLE);
    private static final int SOH = JclipFrame.parity(JclipFrame.SOH);
    private static final int ETX = JclipFrame.parity(JclipFrame.ETX);
    /** Longest frame accepted before giving up on one (chosen: far above any ナンバー・ディスプレイ message). */
    private static final int MAX_FRAME = 300;

    private final FskDemodulator demodulator = new FskDemodulator();
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private int previous = -1;
    private boolean inFrame;
    private boolean afterDle;
    private int crcLeft = -1;
    private int rejected;
    private String lastRejection;

    /** Feeds audio; returns the messages completed during it. */
    public List<JclipMessage> accept(short[] x, int off, int len) {
        List<JclipMessage> messages = new ArrayList<>();
        for (byte b : demodulator.accept(x, off, len)) {
            character(b & 0xFF, messages);
        }
        return messages;
    }

    public List<JclipMessage> accept(short[] x) {
        return accept(x, 0, x.length);
    }

    /** Frames seen but refused. */
    public int rejected() {
        return rejected;
    }

    /** Why the last refused frame was refused, or null. */
    public String lastRejection() {
        return lastRejection;
    }

    private void character(int c, List<JclipMessage> messages) {
        if (!inFrame) {
            if (previous == DLE && c == SOH) {
                inFrame = true;
                afterDle = false;
                crcLeft = -1;
                frame.reset();
                frame.write(DLE);
                frame.write(SOH);
            }
            previous = c;
            return;
        }
        frame.write(c);
        if (crcLeft > 0) {
            if (--crcLeft == 0) {
                finish(messages);
            }
        } else if (afterDle) {
            afterDle = false;
            if (c == ETX) {
                crcLeft = 2;
            }
        } else if (c == DLE) {
            afterDle = true;
        }
        if (inFrame && frame.size() > MAX_FRAME) {
            reject("no DLE ETX within " + MAX_FRAME + " characters");
        }
    }

    private void finish(List<JclipMessage> messages) {
        try {
            messages.add(JclipFrame.decode(frame.toByteArray()));
            inFrame = false;
            previous = -1;
        } catch (JclipFormatException e) {
            reject(e.getMessage());
        }
    }

    private void reject(String why) {
        rejected++;
        lastRejection = why;
        inFrame = false;
        previous = -1;
    }
}
