package org.voipgw.media.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RtpPortPoolTest {

    @Test
    void pairsAreEvenOddAndNeverGivenTwiceWhileInUse() {
        RtpPortPool pool = new RtpPortPool(20000, 20009); // 5 pairs
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            PortPair p = pool.allocate().orElseThrow();
            assertEquals(0, p.rtp() % 2);
            assertEquals(p.rtp() + 1, p.rtcp());
            assertTrue(p.rtp() >= 20000 && p.rtcp() <= 20009);
            assertTrue(seen.add(p.rtp()), "given twice: " + p);
        }
        assertTrue(pool.allocate().isEmpty(), "all 5 in use");
        assertEquals(5, pool.inUse());
    }

    @Test
    void aFreedPairComesBackButLast() {
        RtpPortPool pool = new RtpPortPool(20000, 20005); // 3 pairs
        PortPair a = pool.allocate().orElseThrow();
        PortPair b = pool.allocate().orElseThrow();
        pool.release(a);
        PortPair c = pool.allocate().orElseThrow();
        assertNotEquals(a, c, "round robin: the third pair before the freed one");
        assertEquals(a, pool.allocate().orElseThrow());
        assertNotEquals(b, a);
        assertThrows(IllegalArgumentException.class, () -> pool.release(new PortPair(30000)));
        pool.release(b);
        assertThrows(IllegalArgumentException.class, () -> pool.release(b), "freed twice");
    }

    @Test
    void badRangesAreRefusedSayingWhatIsValid() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> new RtpPortPool(20001, 20010));
        assertTrue(odd.getMessage().contains("even"));
        assertThrows(IllegalArgumentException.class, () -> new RtpPortPool(1000, 2000));
        assertThrows(IllegalArgumentException.class, () -> new RtpPortPool(20000, 20000));
        assertThrows(IllegalArgumentException.class, () -> new RtpPortPool(65534, 65536));
        assertEquals(1, new RtpPortPool(20000, 20001).capacity());
        assertEquals(1, new RtpPortPool(20000, 20002).capacity(), "a lone even port at the top is no pair");
    }
}
