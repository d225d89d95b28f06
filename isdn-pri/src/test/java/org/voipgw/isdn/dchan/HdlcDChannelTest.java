package org.voipgw.isdn.dchan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/** A PRI span and a simulated PBX talking over two HDLC serial-line ends, delivered in odd chunks. */
class HdlcDChannelTest {
    private final VirtualClock clock = new VirtualClock();
    private HdlcDChannel gateway;
    private HdlcDChannel pbx;
    private boolean corruptNext;

    /** Delivers the line octets to the other end in 3-octet chunks, as a serial port might. */
    private void deliver(byte[] line, HdlcDChannel to) {
        byte[] copy = line.clone();
        if (corruptNext) {
            corruptNext = false;
            copy[copy.length / 2] ^= 0x10;
        }
        clock.execute(() -> {
            for (int i = 0; i < copy.length; i += 3) {
                to.lineReceived(Arrays.copyOfRange(copy, i, Math.min(copy.length, i + 3)));
            }
        });
    }

    @Test
    void aCallRunsOverHdlcFramedSerialLines() {
        gateway = new HdlcDChannel(line -> deliver(line, pbx));
        pbx = new HdlcDChannel(line -> deliver(line, gateway));
        gateway.setSignal(true);
        pbx.setSignal(true);
        PriSpan span = new PriSpan(clock, gateway, PriSpan.Config.of(SpanMode.NT),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        SimulatedPbx sim = new SimulatedPbx(clock, pbx, SimulatedPbx.Config.forPri());
        span.start();
        sim.start();
        clock.advance(Duration.ofMillis(100));
        assertEquals(IsdnLineState.USABLE, span.lineState());
        corruptNext = true; // the SETUP is damaged on the line: FCS error, dropped, recovered by T200
        PbxCall call = sim.call("0312345678");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(1, gateway.badFrames());
        assertEquals(CallState.ACTIVE, call.state());
    }
}
