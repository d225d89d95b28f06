package org.voipgw.media.rtp;

/**
 * What we know about one received source, as an RTCP report block needs it: sequence tracking
 * (RFC 3550 Appendix A.1), loss (A.3) and interarrival jitter (§6.4.1, A.8).
 *
 * <p>A.1's probation (MIN_SEQUENTIAL) is left out: the {@link RtpReceiver} has already latched
 * on one source and SSRC, which is what probation guards against. The dropout and misorder
 * limits are A.1's: a jump of 3000 or more is "bad" unless the next packet follows it, which
 * restarts the count (the source restarted).
 *
 * <p>Telephone-event packets (RFC 4733) share the stream's sequence space, so they count for loss,
 * but they repeat their event's start timestamp (§2.5.1.2), so their transit time says nothing
 * about the network: they are kept out of the jitter estimate (our reading of A.8, which assumes
 * timestamps that follow the sampling clock).
 */
public final class ReceptionStatistics {
    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    static final int SEQ_MOD = 1 << 16;

    private boolean started;
    private int maxSeq;
    private long cycles;
    private int baseSeq;
    private int badSeq = SEQ_MOD + 1;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    /** A.8: the estimate scaled by 16, so the integer update loses nothing. */
    private long jitter16;
    private int lastTransit;
    private boolean jitterStarted;

    /**
     * Counts one packet. {@code arrival} is the arrival time in the payload's clock (for G.711,
     * milliseconds × 8). Returns false when A.1 calls the packet bad (a big jump), in which case
     * it should not be played.
     */
    public boolean update(int seq, long rtpTimestamp, long arrival) {
        return update(seq, rtpTimestamp, arrival, true);
    }

    /**
     * Counts one packet; {@code jitterSample} is false for packets whose timestamp does not follow
     * the sampling clock (telephone events), which then count for loss only.
     */
    public boolean update(int seq, long rtpTimestamp, long arrival, boolean jitterSample) {
        if (!started) {
            init(seq);
            started = true;
            received++;
            sampleJitter(rtpTimestamp, arrival, jitterSample);
            return true;
        }
        int udelta = (seq - maxSeq) & 0xFFFF;
        if (udelta < MAX_DROPOUT) {
            if (seq < maxSeq) { // wrapped: another 64K cycle
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
        } else if (udelta <= SEQ_MOD - MAX_MISORDER) {
            if (seq == badSeq) { // two in a row after a jump: the source restarted
                init(seq);
            } else {
                badSeq = (seq + 1) & 0xFFFF;
                return false;
            }
        }
        // else: duplicate or reordered, counted below as A.1 does
        received++;
        sampleJitter(rtpTimestamp, arrival, jitterSample);
        return true;
    }

    /** A.8: J += (|D| - J) / 16, on the ×16 scale. */
    private void sampleJitter(long rtpTimestamp, long arrival, boolean jitterSample) {
        if (!jitterSample) {
            return;
        }
        int transit = (int) (arrival - rtpTimestamp);
        if (jitterStarted) {
            int d = Math.abs(transit - lastTransit);
            jitter16 += d - ((jitter16 + 8) >> 4);
        }
        jitterStarted = true;
        lastTransit = transit;
    }

    private void init(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1;
        cycles = 0;
        received = 0;
        receivedPrior = 0;
        expectedPrior = 0;
    }

    public boolean started() {
        return started;
    }

    /** A.3: the highest sequence number received, extended with the count of wraps. */
    public long extendedHighestSequence() {
        return cycles + maxSeq;
    }

    public long expected() {
        return started ? extendedHighestSequence() - baseSeq + 1 : 0;
    }

    public long received() {
        return received;
    }

    /** A.3: cumulative packets lost, clamped to the 24-bit signed field of a report block. */
    public int cumulativeLost() {
        long lost = expected() - received;
        return (int) Math.max(-0x80_0000, Math.min(0x7F_FFFF, lost));
    }

    /** Interarrival jitter in timestamp units (§6.4.1), as a report block carries it. */
    public long jitter() {
        return jitter16 >> 4;
    }

    /**
     * A.3: the fraction lost since the previous call, in 1/256 (0 when packets were duplicated);
     * moves the interval forward, so call it once per report.
     */
    public int takeFractionLost() {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        expectedPrior = expected;
        long receivedInterval = received - receivedPrior;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        if (expectedInterval == 0 || lostInterval <= 0) {
            return 0;
        }
        return (int) ((lostInterval << 8) / expectedInterval);
    }
}
