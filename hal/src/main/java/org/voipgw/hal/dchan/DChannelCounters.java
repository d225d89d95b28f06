package org.voipgw.hal.dchan;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a D-channel transport counted: frames each way and every kind of frame it dropped. Written
 * from I/O threads and read from the event loop or a web request, hence atomic.
 */
public final class DChannelCounters {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong oversize = new AtomicLong();
    private final AtomicLong overflow = new AtomicLong();
    private final AtomicLong fcsErrors = new AtomicLong();
    private final AtomicLong framingErrors = new AtomicLong();
    private final AtomicLong ioErrors = new AtomicLong();

    /**
     * @param received frames handed to the data link
     * @param sent frames written to the line
     * @param oversize frames dropped for an information field over N201 (Q.921 §5.9.3)
     * @param overflow frames dropped because the inbound queue was full (a flooding peer)
     * @param fcsErrors frames dropped for a bad frame check sequence (serial)
     * @param framingErrors aborts, runts and octets outside any frame (serial)
     * @param ioErrors failed reads or writes (e.g. ICMP port unreachable from a UDP peer that is gone)
     */
    public record Snapshot(long received, long sent, long oversize, long overflow, long fcsErrors,
            long framingErrors, long ioErrors) {
        /** Every frame dropped, for whatever reason. */
        public long dropped() {
            return oversize + overflow + fcsErrors + framingErrors;
        }
    }

    public void received() {
        received.incrementAndGet();
    }

    public void sent() {
        sent.incrementAndGet();
    }

    public void oversize() {
        oversize.incrementAndGet();
    }

    public void overflow() {
        overflow.incrementAndGet();
    }

    public void fcsError() {
        fcsErrors.incrementAndGet();
    }

    public void framingError() {
        framingErrors.incrementAndGet();
    }

    public void ioError() {
        ioErrors.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(received.get(), sent.get(), oversize.get(), overflow.get(), fcsErrors.get(),
                framingErrors.get(), ioErrors.get());
    }
}
