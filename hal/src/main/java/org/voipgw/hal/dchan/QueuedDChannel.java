package org.voipgw.hal.dchan;

import java.io.IOException;
import java.util.function.Consumer;
import org.voipgw.hal.time.Scheduler;

/**
 * What every transport that leaves the process shares: its description, its counters, and the
 * bounded {@link DChannelInbox} through which its I/O thread hands frames and signal changes to the
 * device's event loop. Subclasses read the line and write frames.
 */
public abstract class QueuedDChannel implements DChannelTransport {
    private final String description;
    /** Counted by the subclass as it reads and writes. */
    protected final DChannelCounters counters = new DChannelCounters();
    /** Where the subclass's I/O thread offers received frames and reports the signal. */
    protected final DChannelInbox inbox;

    protected QueuedDChannel(Scheduler loop, String description, int capacity) {
        this.description = description;
        this.inbox = new DChannelInbox(loop, counters, capacity);
    }

    /** Sends one frame; a frame over N201 is dropped and counted, never written. */
    @Override
    public final void send(byte[] frame) {
        if (frame.length > DChannel.MAX_FRAME_OCTETS) {
            counters.oversize();
            return;
        }
        try {
            write(frame);
            counters.sent();
        } catch (IOException e) {
            writeFailed(e);
        }
    }

    /** Puts one frame on the line (framed as the transport frames it). */
    protected abstract void write(byte[] frame) throws IOException;

    /** A write failed: the frame is lost, as on a bad line; the subclass decides what else it means. */
    protected abstract void writeFailed(IOException e);

    @Override
    public final void onReceive(Consumer<byte[]> receiver) {
        inbox.onReceive(receiver);
    }

    @Override
    public final void onSignal(Consumer<Boolean> listener) {
        inbox.onSignal(listener);
    }

    @Override
    public final boolean signal() {
        return inbox.signal();
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final DChannelCounters.Snapshot counters() {
        return counters.snapshot();
    }

    /** Frames received but not yet handed to the data link. */
    public final int waiting() {
        return inbox.waiting();
    }
}
