package org.voipgw.isdn.call;

import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import org.voipgw.isdn.q931.Ie;

/**
 * The B channels of one interface and how free ones are hunted. Q.931 §5.1.2/§5.2.3 leave the
 * choice of channel to the network; to make glare (both ends seizing the same channel at once)
 * unlikely the two ends hunt from opposite ends — the convention exposed e.g. by Cisco IOS
 * {@code isdn bchan-number-order descending|ascending} and libpri. The gateway on the network
 * side hunts {@link Order#DESCENDING} from the highest channel; PBXs hunt ascending from B1.
 */
public final class BChannels {
    public enum Order {
        ASCENDING,
        DESCENDING
    }

    private final int count;
    private final boolean pri;
    private final Order order;
    private final BitSet busy = new BitSet();

    /**
     * @param count 23 on an INS-Net 1500 span (timeslot 24 is the D channel), 2 on a BRI
     * @param pri whether channel identification uses the primary-rate coding (§4.5.13)
     */
    public BChannels(int count, boolean pri, Order order) {
        this.count = count;
        this.pri = pri;
        this.order = order;
    }

    public int count() {
        return count;
    }

    public int inUse() {
        return busy.cardinality();
    }

    public boolean isFree(int channel) {
        return channel >= 1 && channel <= count && !busy.get(channel);
    }

    /** Takes the next free channel in hunting order, or empty when all are busy. */
    public OptionalInt hunt() {
        for (int i = 0; i < count; i++) {
            int ch = order == Order.ASCENDING ? 1 + i : count - i;
            if (!busy.get(ch)) {
                busy.set(ch);
                return OptionalInt.of(ch);
            }
        }
        return OptionalInt.empty();
    }

    public boolean take(int channel) {
        if (!isFree(channel)) {
            return false;
        }
        busy.set(channel);
        return true;
    }

    public void release(int channel) {
        if (channel > 0) {
            busy.clear(channel);
        }
    }

    /**
     * Channel identification for {@code channel}: exclusive is what the network sends (§5.1.2,
     * §5.2.3.1); a user side proposing a channel sends it preferred.
     */
    public Ie.ChannelId identify(int channel, boolean exclusive) {
        return pri ? new Ie.ChannelId(true, exclusive, false, 1, List.of(channel)) : Ie.ChannelId.bri(channel, exclusive);
    }

    /** The channel asked for by a channel identification element, or 0 for "any"/none. */
    public int requested(Ie.ChannelId id) {
        if (id.pri() != pri) {
            return -1;
        }
        if (pri) {
            List<Integer> chs = id.channels();
            return id.selection() == 1 && chs.size() == 1 ? chs.get(0) : 0;
        }
        return id.selection() == 1 || id.selection() == 2 ? id.selection() : 0;
    }
}
