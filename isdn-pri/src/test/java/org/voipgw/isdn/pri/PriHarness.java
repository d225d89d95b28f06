package org.voipgw.isdn.pri;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.sim.SimulatedPbx;

/** A PRI span wired to a simulated PBX on one virtual clock. */
final class PriHarness {
    final VirtualClock clock = new VirtualClock();
    final DChannelWire wire = new DChannelWire(clock);
    final PriSpan span;
    final SimulatedPbx pbx;
    final List<IsdnLineState> lineStates = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    private final long t0 = clock.millis();

    PriHarness(SpanMode gatewayMode, SimulatedPbx.Config pbxConfig) {
        span = new PriSpan(clock, wire.gatewayEnd(), PriSpan.Config.of(gatewayMode),
                new AnsweringFarEnd(clock, Duration.ofSeconds(3)));
        span.onLineState(lineStates::add);
        pbx = new SimulatedPbx(clock, wire, pbxConfig);
    }

    PriHarness() {
        this(SpanMode.NT, SimulatedPbx.Config.forPri());
    }

    PriHarness started() {
        span.start();
        pbx.start();
        run(Duration.ofMillis(100));
        return this;
    }

    void run(Duration d) {
        clock.advance(d);
    }

    CallObserver recorder() {
        return new CallObserver() {
            @Override
            public void proceeding(IsdnCall call) {
                events.add("proceeding");
            }

            @Override
            public void alerting(IsdnCall call) {
                events.add("alerting");
            }

            @Override
            public void connected(IsdnCall call) {
                events.add("connected");
            }

            @Override
            public void cleared(IsdnCall call, int cause) {
                events.add("cleared " + cause + " @" + (clock.millis() - t0));
            }
        };
    }

    static List<MessageType> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }
}
