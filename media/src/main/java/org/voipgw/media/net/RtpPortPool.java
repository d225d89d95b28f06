package org.voipgw.media.net;

import java.util.BitSet;
import java.util.Optional;

/**
 * The port pairs of the configured RTP range. Pairs are handed out round-robin, so a pair just
 * freed is the last to be reused: late packets of an ended call do not land in the next one (our
 * choice). Thread-safe: calls start on the event loop but sockets close from anywhere.
 */
public final class RtpPortPool {
    private final int first;
    private final int pairs;
    private final BitSet inUse;
    private int next;

    /**
     * The range {@code first..last} inclusive; {@code first} must be even (RFC 3550 §11) and the
     * range must hold at least one pair.
     */
    public RtpPortPool(int first, int last) {
        if (first < 1024 || first % 2 != 0) {
            throw new IllegalArgumentException("the RTP range starts at an even port of 1024 or more, not " + first);
        }
        if (last > 65535 || last < first + 1) {
            throw new IllegalArgumentException("the RTP range " + first + "-" + last
                    + " must end at or below 65535 and hold at least one pair (even RTP + odd RTCP)");
        }
        this.first = first;
        this.pairs = (last - first + 1) / 2;
        this.inUse = new BitSet(pairs);
    }

    /** A free pair, or empty when every pair is in use. */
    public synchronized Optional<PortPair> allocate() {
        for (int i = 0; i < pairs; i++) {
            int candidate = (next + i) % pairs;
            if (!inUse.get(candidate)) {
                inUse.set(candidate);
                next = (candidate + 1) % pairs;
                return Optional.of(new PortPair(first + 2 * candidate));
            }
        }
        return Optional.empty();
    }

    /** Gives a pair back; releasing a free pair or one outside the range is refused. */
    public synchronized void release(PortPair pair) {
        int index = (pair.rtp() - first) / 2;
        if (pair.rtp() < first || index >= pairs || !inUse.get(index)) {
            throw new IllegalArgumentException("port pair " + pair.rtp() + "/" + pair.rtcp()
                    + " is not in use in this range");
        }
        inUse.clear(index);
    }

    public synchronized int inUse() {
        return inUse.cardinality();
    }

    public int capacity() {
        return pairs;
    }
}
