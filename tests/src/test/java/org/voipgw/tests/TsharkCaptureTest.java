package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.lapd.Frame;
import org.voipgw.isdn.lapd.LapdCodec;
import org.voipgw.isdn.lapd.Side;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.Q931Codec;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/**
 * Captures a simulated PRI exchange (a call from the PBX, a call toward the PBX, and a call toward
 * a PBX that ignores it until T303 runs out twice) with {@link PcapWriter} and has the real
 * Wireshark dissector read it: every frame must dissect as LAPD (and Q.931 when it carries a
 * message) with no expert/malformed marks, and tshark's message types and called numbers must be
 * the ones we sent. A missing tshark fails the test (DESIGN.md: integration peers never skip).
 */
class TsharkCaptureTest {

    /** One frame as we wrote it: the Q.931 message type code and called number, if any. */
    private record Sent(int frameNumber, String messageType, String calledDigits) {}

    /** Kept after the run (tests/target/captures) so the capture can be opened in Wireshark. */
    private final Path dir = Path.of("target", "captures");

    @BeforeAll
    static void tsharkIsInstalled() throws IOException {
        Files.createDirectories(Path.of("target", "captures"));
        Tshark.require();
    }

    @Test
    void lapdCaptureOfCallsAndT303DissectsCleanly() throws Exception {
        Path pcap = dir.resolve("pri-lapd.pcap");
        List<Sent> sent = capture(pcap, PcapWriter.LinkType.LAPD);
        List<String[]> rows = tshark(pcap, "frame.number", "frame.protocols", "q931.message_type",
                "q931.called_party_number.digits", "_ws.expert", "_ws.malformed");
        assertEquals(sent.size(), rows.size(), "tshark sees every frame");
        int setups = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            Sent s = sent.get(i);
            assertTrue(r[1].contains("lapd"), "frame " + r[0] + " is LAPD: " + r[1]);
            assertEquals("", r[4], "frame " + r[0] + " has no expert info");
            assertEquals("", r[5], "frame " + r[0] + " is not malformed");
            if (s.messageType().isEmpty()) {
                assertFalse(r[1].contains("q931"), "frame " + r[0] + " carries no Q.931");
                continue;
            }
            assertTrue(r[1].contains("q931"), "frame " + r[0] + " is Q.931: " + r[1]);
            assertEquals(s.messageType(), r[2], "frame " + r[0] + " message type");
            assertEquals(s.calledDigits(), r[3], "frame " + r[0] + " called number");
            if (r[2].equals("0x05")) {
                setups++;
            }
        }
        assertEquals(4, setups, "one SETUP from the PBX, one toward it, and the T303 SETUP twice");
    }

    @Test
    void linuxLapdCaptureShowsWhoSentEachFrame() throws Exception {
        Path pcap = dir.resolve("pri-linux-lapd.pcap");
        List<Sent> sent = capture(pcap, PcapWriter.LinkType.LINUX_LAPD);
        List<String[]> rows = tshark(pcap, "frame.number", "_ws.col.Source", "_ws.col.Info", "_ws.expert",
                "_ws.malformed");
        assertEquals(sent.size(), rows.size());
        for (String[] r : rows) {
            assertTrue(r[1].equals("Local Network") || r[1].equals("Remote User"), "direction known: " + r[1]);
            assertEquals("", r[3], "frame " + r[0] + " has no expert info: " + r[2]);
            assertEquals("", r[4]);
            assertFalse(r[2].contains("SARM"), "C/R read with the right sense: " + r[2]);
        }
    }

    /** Runs the exchange on virtual time, writing the pcap; returns what each frame carried. */
    private static List<Sent> capture(Path pcap, PcapWriter.LinkType linkType) throws IOException {
        VirtualClock clock = new VirtualClock();
        DChannelWire wire = new DChannelWire(clock);
        PriSpan span = new PriSpan(clock, wire.gatewayEnd(), PriSpan.Config.of(SpanMode.NT),
                new AnsweringFarEnd(clock, Duration.ofSeconds(3)));
        SimulatedPbx pbx = new SimulatedPbx(clock, wire, SimulatedPbx.Config.forPri());
        List<Sent> sent = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(pcap);
                PcapWriter writer = new PcapWriter(out, clock, linkType, Side.NETWORK)) {
            span.addTap(writer);
            span.addTap((fromNetwork, frame) -> sent.add(describe(sent.size() + 1, frame)));
            span.start();
            pbx.start();
            clock.advance(Duration.ofSeconds(1));

            PbxCall fromPbx = pbx.call("0312345678", "0398765432"); // answered by the far end after 3 s
            clock.advance(Duration.ofSeconds(5));
            pbx.hangup(fromPbx);
            clock.advance(Duration.ofSeconds(1));

            var toPbx = span.placeCall("201", "0312345678", new CallObserver() { }); // PBX answers after 2 s
            clock.advance(Duration.ofSeconds(4));
            toPbx.hangup(CauseValue.NORMAL_CLEARING);
            clock.advance(Duration.ofSeconds(1));

            pbx.ignoreCalls(true);
            span.placeCall("202", "", new CallObserver() { }); // T303 twice, then cause 18
            clock.advance(Duration.ofSeconds(10));
            assertEquals(CallState.NULL, fromPbx.state());
        }
        return sent;
    }

    private static Sent describe(int number, byte[] bytes) {
        if (LapdCodec.decode(bytes) instanceof Decoded.Ok<Frame> ok && ok.value() instanceof Frame.I i
                && Q931Codec.decode(i.info().toArray()) instanceof Decoded.Ok<Message> m) {
            String called = m.value().find(Ie.CalledPartyNumber.class).map(Ie.CalledPartyNumber::digits).orElse("");
            return new Sent(number, String.format("0x%02x", m.value().type().code()), called);
        }
        return new Sent(number, "", "");
    }

    private static List<String[]> tshark(Path pcap, String... fields) throws Exception {
        return Tshark.fields(pcap, fields);
    }
}
