package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4733 §2.3 payload, §3.2 Table 3 DTMF codes, §2.5 sending and receiving. */
class TelephoneEventTest {

    @ParameterizedTest(name = "{0} = event {1}")
    @CsvSource({"0,0", "1,1", "5,5", "9,9", "*,10", "#,11", "A,12", "B,13", "C,14", "D,15"})
    void dtmfCodesAreTable3s(char digit, int event) {
        assertEquals(event, TelephoneEvent.eventFor(digit));
        assertEquals(digit, new TelephoneEvent(event, false, 10, 0).digit());
    }

    @Test
    void goldenPayload() {
        // event 5 (digit 5), E=1, volume 10, duration 800 (100 ms)
        byte[] wire = HexFormat.of().parseHex("058a0320");
        TelephoneEvent e = TelephoneEvent.decode(wire).value();
        assertEquals(new TelephoneEvent(5, true, 10, 800), e);
        assertArrayEquals(wire, e.encode());
        assertEquals(DecodeProblem.BAD_EVENT,
                assertInstanceOf(Decoded.Bad.class, TelephoneEvent.decode(new byte[3])).problem());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> TelephoneEvent.eventFor('x'));
        assertTrue(x.getMessage().contains("0-9 * # A-D"));
    }

    @Test
    void aDigitIsUpdatesThenThreeEndPackets() {
        List<TelephoneEventSender.EventPacket> packets = TelephoneEventSender.packets('#', 10, 800, 160);
        assertEquals(4 + 3, packets.size(), "updates at 160..640, then the end at 800 three times");
        assertTrue(packets.get(0).marker());
        assertEquals(160, packets.get(0).event().duration());
        assertTrue(packets.stream().skip(1).noneMatch(TelephoneEventSender.EventPacket::marker));
        for (int i = 4; i < 7; i++) {
            assertTrue(packets.get(i).event().end());
            assertEquals(800, packets.get(i).event().duration());
        }
        assertTrue(packets.stream().allMatch(p -> p.event().event() == 11));
    }

    @Test
    void theReceiverReportsEachDigitOnceDespiteRedundantEnds() {
        TelephoneEventReceiver rx = new TelephoneEventReceiver();
        long ts = 12345;
        int began = 0;
        int ended = 0;
        for (TelephoneEventSender.EventPacket p : TelephoneEventSender.packets('7', 10, 800, 160)) {
            Optional<TelephoneEventReceiver.Change> c = rx.accept(ts, p.event());
            if (c.isPresent() && c.get() instanceof TelephoneEventReceiver.Change.Began b) {
                assertEquals('7', b.digit());
                began++;
            }
            if (c.isPresent() && c.get() instanceof TelephoneEventReceiver.Change.Ended e) {
                assertEquals(800, e.durationSamples());
                ended++;
            }
        }
        assertEquals(1, began);
        assertEquals(1, ended);
        // the same digit again is a new event: a new timestamp
        assertInstanceOf(TelephoneEventReceiver.Change.Began.class,
                rx.accept(ts + 2000, new TelephoneEvent(7, false, 10, 160)).orElseThrow());
    }
}
