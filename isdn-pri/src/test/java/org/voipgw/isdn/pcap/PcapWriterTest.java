package org.voipgw.isdn.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.Side;

class PcapWriterTest {
    private final VirtualClock clock = new VirtualClock(Instant.ofEpochSecond(1000));

    @Test
    void lapdLinkTypeRecordsFramesWithVirtualTimestamps() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapWriter w = new PcapWriter(out, clock);
        clock.advance(Duration.ofMillis(1500));
        w.frame(true, Octets.hex("02 01 53").toArray());
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xA1B2C3D4, b.getInt(0));
        assertEquals(203, b.getInt(20));
        assertEquals(1001, b.getInt(24));
        assertEquals(500_000, b.getInt(28));
        assertEquals(3, b.getInt(32));
        assertEquals(24 + 16 + 3, out.size());
    }

    @Test
    void linuxLapdCarriesDirectionAndSide() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapWriter w = new PcapWriter(out, clock, PcapWriter.LinkType.LINUX_LAPD, Side.NETWORK);
        w.frame(true, Octets.hex("02 01 53").toArray());
        w.frame(false, Octets.hex("00 01 73").toArray());
        byte[] all = out.toByteArray();
        assertEquals(177, ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).getInt(20));
        assertEquals(4, all[24 + 16 + 1]); // outgoing (sent by us)
        assertEquals(1, all[24 + 16 + 6]); // we are the network side
        assertEquals(0, all[24 + 16 + 19 + 16 + 1]); // second frame: incoming
    }
}
