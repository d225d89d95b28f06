package org.voipgw.isdn.pri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.sim.PbxCall;

/** Garbage from the PBX never breaks the span: it keeps working afterwards (fixed seeds: reproducible). */
class RobustnessTest {
    private static final List<String> SEEDS = List.of(
            "08 02 00 01 05 04 03 80 90 a2 18 03 a9 83 81 70 04 81 31 32 33 a1",
            "08 02 00 01 45 08 02 80 90", "08 02 00 00 46 18 03 a9 83 85 79 01 80",
            "08 02 00 01 7d 08 02 82 9e 14 01 0a", "08 02 00 01 5a", "08 02 00 01 4d");

    @Test
    void mutatedLayer3MessagesAreSurvived() {
        PriHarness h = new PriHarness().started();
        Random random = new Random(1);
        for (int n = 0; n < 3000; n++) {
            byte[] m = Octets.hex(SEEDS.get(random.nextInt(SEEDS.size()))).toArray();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
            }
            h.pbx.sendRaw(Octets.of(m));
            if (n % 50 == 0) {
                h.run(Duration.ofSeconds(1));
            }
        }
        h.run(Duration.ofMinutes(5)); // let every timer run out
        assertTrue(h.pbx.received().size() > 500, "the gateway answered much of it: " + h.pbx.received().size());
        assertWorks(h);
    }

    @Test
    void randomLayer2FramesAreSurvived() {
        PriHarness h = new PriHarness().started();
        Random random = new Random(2);
        for (int n = 0; n < 3000; n++) {
            byte[] f = new byte[2 + random.nextInt(12)];
            random.nextBytes(f);
            f[0] &= (byte) 0xFC; // SAPI 0 or others, C/R either way
            f[1] = (byte) (random.nextBoolean() ? 0x01 : f[1] | 1);
            h.wire.pbxEnd().send(f);
            if (n % 50 == 0) {
                h.run(Duration.ofMillis(500));
            }
        }
        h.run(Duration.ofMinutes(2));
        assertTrue(h.lineStates.contains(IsdnLineState.FAILED), "the garbage did reset the link at times");
        assertWorks(h);
    }

    @Test
    void restartOfOneChannelClearsOnlyThatCall() {
        PriHarness h = new PriHarness().started();
        h.pbx.answerAfter(null);
        h.pbx.call("0311111111"); // B1 (preferred by the PBX)
        h.span.placeCall("201", "", h.recorder()); // B23 (our hunt)
        h.run(Duration.ofSeconds(1));
        assertEquals(2, h.span.callControl().calls().size());
        h.pbx.send(Message.of(CallRef.global(2), MessageType.RESTART, Ie.ChannelId.priExclusive(1),
                new Ie.RestartIndicator(Ie.RestartIndicator.INDICATED_CHANNELS)));
        h.run(Duration.ofMillis(100));
        assertEquals(List.of(23), h.span.callControl().calls().stream().map(c -> c.channel()).toList());
        Message ack = h.pbx.received().get(h.pbx.received().size() - 1);
        assertEquals(MessageType.RESTART_ACKNOWLEDGE, ack.type());
        assertEquals(List.of(1), ack.find(Ie.ChannelId.class).orElseThrow().channels());
    }

    private static void assertWorks(PriHarness h) {
        h.run(Duration.ofSeconds(30)); // any link reset has settled
        assertEquals(IsdnLineState.USABLE, h.span.lineState(), () -> "calls left: " + h.span.callControl().calls());
        h.pbx.answerAfter(Duration.ofSeconds(1));
        PbxCall call = h.pbx.call("0312345678");
        h.run(Duration.ofSeconds(4));
        assertEquals(CallState.ACTIVE, call.state());
    }
}
