package org.voipgw.isdn.dchan;

import java.io.IOException;
import org.tinylog.Logger;
import org.voipgw.hal.dchan.DChannelInbox;
import org.voipgw.hal.dchan.QueuedDChannel;
import org.voipgw.hal.serial.SerialLine;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.lapd.AsyncHdlc;
import org.voipgw.isdn.lapd.AsyncHdlcDecoder;

/**
 * A D channel on a serial line to a line-interface board, framed as octet-stuffed async HDLC
 * ({@link AsyncHdlc}, RFC 1662 §4). The line's reader thread de-frames and checks the FCS; good
 * frames go to the device's event loop through a bounded {@link DChannelInbox}; bad ones are
 * counted ({@link DChannelCounters}: FCS errors, framing errors, oversize).
 *
 * <p>Layer 1: the signal is present while the line is open and working; a read or write failure
 * (the USB adapter unplugged, the PTY's other side gone) reports it lost. (A board that brings the
 * ISDN line's own LOS to a modem-status pin would report it here too; ours has none yet.)
 */
public final class SerialDChannel extends QueuedDChannel {
    private final SerialLine line;
    private final AsyncHdlcDecoder decoder = new AsyncHdlcDecoder();
    private volatile boolean open = true;

    private SerialDChannel(Scheduler loop, SerialLine line, String description, int capacity) {
        super(loop, description, capacity);
        this.line = line;
    }

    /** Starts framing on an open line; {@code description} is what the operator is shown (e.g. {@code serial:/dev/ttyUSB0@115200}). */
    public static SerialDChannel start(Scheduler loop, SerialLine line, String description) {
        return start(loop, line, description, DChannelInbox.DEFAULT_CAPACITY);
    }

    /** As {@link #start(Scheduler, SerialLine, String)} with an inbound queue of {@code capacity} frames. */
    public static SerialDChannel start(Scheduler loop, SerialLine line, String description, int capacity) {
        SerialDChannel d = new SerialDChannel(loop, line, description, capacity);
        d.inbox.signal(true);
        line.start(d::lineReceived, d::lineFailed);
        return d;
    }

    /** On the line's reader thread: the decoder is only ever fed from there. */
    private void lineReceived(byte[] octets) {
        for (Decoded<byte[]> d : decoder.feed(octets)) {
            switch (d) {
                case Decoded.Ok<byte[]> ok -> inbox.offer(ok.value());
                case Decoded.Failed<byte[]> bad -> {
                    switch (bad.error().kind()) {
                        case BAD_FCS -> counters.fcsError();
                        case TOO_LONG -> counters.oversize();
                        default -> counters.framingError();
                    }
                    Logger.debug("D channel {}: {}", description(), bad.error());
                }
            }
        }
    }

    private void lineFailed(IOException e) {
        counters.ioError();
        if (open) {
            Logger.warn("D channel {}: the serial line failed: {}", description(), e.getMessage());
            inbox.signal(false);
        }
    }

    @Override
    protected void write(byte[] frame) throws IOException {
        line.write(AsyncHdlc.encode(frame));
    }

    @Override
    protected void writeFailed(IOException e) {
        lineFailed(e);
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            line.close();
            inbox.signal(false);
        }
    }
}
