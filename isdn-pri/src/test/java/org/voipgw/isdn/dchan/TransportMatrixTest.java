package org.voipgw.isdn.dchan;

import org.voipgw.hal.dchan.DChannel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/** One call scenario run over every D-channel transport (Californium style). */
class TransportMatrixTest {
    /** The two ends of a D channel: [gateway, pbx]. */
    static Stream<Arguments> transports() {
        Function<VirtualClock, DChannel[]> wire = clock -> {
            DChannelWire w = new DChannelWire(clock);
            return new DChannel[] {w.gatewayEnd(), w.pbxEnd()};
        };
        Function<VirtualClock, DChannel[]> hdlc = clock -> {
            HdlcDChannel[] ends = new HdlcDChannel[2];
            ends[0] = new HdlcDChannel(line -> clock.execute(() -> ends[1].lineReceived(line)));
            ends[1] = new HdlcDChannel(line -> clock.execute(() -> ends[0].lineReceived(line)));
            ends[0].setSignal(true);
            ends[1].setSignal(true);
            return new DChannel[] {ends[0], ends[1]};
        };
        return Stream.of(Arguments.of("in-memory wire", wire), Arguments.of("HDLC serial line", hdlc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void callsBothWays(String name, Function<VirtualClock, DChannel[]> transport) {
        VirtualClock clock = new VirtualClock();
        DChannel[] ends = transport.apply(clock);
        PriSpan span = new PriSpan(clock, ends[0], PriSpan.Config.of(SpanMode.NT),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        SimulatedPbx pbx = new SimulatedPbx(clock, ends[1], SimulatedPbx.Config.forPri());
        span.start();
        pbx.start();
        clock.advance(Duration.ofMillis(100));
        assertEquals(IsdnLineState.USABLE, span.lineState());

        PbxCall in = pbx.call("0312345678");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(CallState.ACTIVE, in.state());
        pbx.hangup(in);
        clock.advance(Duration.ofMillis(100));
        assertEquals(CallState.NULL, in.state());

        IsdnCall out = span.placeCall("201", "", new CallObserver() { });
        clock.advance(Duration.ofSeconds(3));
        assertEquals(CallState.ACTIVE, out.state());
        out.hangup(CauseValue.NORMAL_CLEARING);
        clock.advance(Duration.ofMillis(100));
        assertEquals(CallState.NULL, out.state());
        assertEquals(IsdnLineState.USABLE, span.lineState());
    }
}
