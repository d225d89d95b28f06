package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voipgw.boards.serial.JsscSerialLine;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.dchan.SerialDChannel;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/**
 * The async-HDLC serial D channel through jssc on a socat PTY pair (a null-modem cable): the PRI
 * data link comes up and carries a call, line garbage is counted and survived, and pulling the
 * cable (killing socat) takes layer 1 and the PRI lamp state down.
 */
class SerialDChannelPtyTest {
    private final SystemScheduler loop = new SystemScheduler("serial-test");
    private Socat socat;
    private JsscSerialLine gwLine;
    private JsscSerialLine pbxLine;
    private SerialDChannel gateway;
    private SerialDChannel pbxEnd;

    @BeforeEach
    void cable() throws IOException {
        socat = Socat.ptyPair(Path.of("target", "pty-" + ProcessHandle.current().pid()));
        gwLine = JsscSerialLine.open(socat.a.toString(), 115200);
        pbxLine = JsscSerialLine.open(socat.b.toString(), 115200);
        gateway = SerialDChannel.start(loop, gwLine, "serial:" + socat.a + "@115200");
        pbxEnd = SerialDChannel.start(loop, pbxLine, "serial:" + socat.b + "@115200");
    }

    @AfterEach
    void unplug() {
        gateway.close();
        pbxEnd.close();
        socat.close();
        loop.close();
    }

    @Test
    void aCallRunsOverThePtyAndGarbageIsCountedAndSurvived() throws IOException {
        PriSpan span = on(() -> {
            PriSpan s = new PriSpan(loop, gateway, PriSpan.Config.of(SpanMode.NT),
                    new AnsweringFarEnd(loop, Duration.ofMillis(200)));
            s.start();
            return s;
        });
        SimulatedPbx pbx = on(() -> {
            SimulatedPbx p = new SimulatedPbx(loop, pbxEnd, SimulatedPbx.Config.forPri());
            p.start();
            return p;
        });
        Waits.until("PRI usable over the PTY", 20, () -> on(() -> span.lineState() == IsdnLineState.USABLE));

        // noise on the line between frames, and a frame with a broken FCS
        pbxLine.write(new byte[] {0x01, 0x02, 0x03, 0x7E});
        pbxLine.write(new byte[] {0x7E, 0x02, 0x01, 0x7F, 0x00, 0x00, 0x7E});
        Waits.until("errors counted", 10, () -> gateway.counters().fcsErrors() + gateway.counters().framingErrors() >= 2);

        PbxCall call = on(() -> pbx.call("0312345678"));
        Waits.until("call answered", 20, () -> on(() -> call.state() == CallState.ACTIVE));
        assertEquals(IsdnLineState.COMMUNICATING, on(span::lineState));
        assertTrue(gateway.counters().received() >= 3, gateway.counters().toString());
    }

    @Test
    void pullingTheCableTakesTheSpanDown() {
        PriSpan span = on(() -> {
            PriSpan s = new PriSpan(loop, gateway, PriSpan.Config.of(SpanMode.NT),
                    new AnsweringFarEnd(loop, Duration.ofMillis(200)));
            s.start();
            return s;
        });
        on(() -> {
            new SimulatedPbx(loop, pbxEnd, SimulatedPbx.Config.forPri()).start();
            return null;
        });
        Waits.until("PRI usable over the PTY", 20, () -> on(() -> span.lineState() == IsdnLineState.USABLE));
        socat.kill();
        Waits.until("PRI failed after the cable is pulled", 30, () -> on(() -> span.lineState() == IsdnLineState.FAILED));
    }

    @Test
    void aMissingDeviceIsAOneLineErrorNamingIt() {
        IOException e = assertThrows(IOException.class, () -> JsscSerialLine.open("/dev/ttyNOSUCH9", 115200));
        assertTrue(e.getMessage().contains("/dev/ttyNOSUCH9"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    private <T> T on(Callable<T> task) {
        return EventLoop.call(loop, task);
    }
}
