package org.voipgw.isdn.pri;

import java.time.Duration;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.IsdnLine;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.StateCell;
import org.voipgw.isdn.TimerSlot;
import org.voipgw.isdn.call.BChannels;
import org.voipgw.isdn.clock.ClockReference;
import org.voipgw.isdn.call.CallControl;
import org.voipgw.isdn.call.CallLink;
import org.voipgw.isdn.call.FarEnd;
import org.voipgw.isdn.call.LinkSender;
import org.voipgw.isdn.call.Q931Timers;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.dchan.FrameTap;
import org.voipgw.isdn.lapd.DataLink;
import org.voipgw.isdn.lapd.LapdEndpoint;
import org.voipgw.isdn.lapd.LinkConfig;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.q931.CauseValue;

/**
 * The Ⅷ model's PRI span toward the PBX: INS-Net 1500 (TTC JT-I431: 1.544 Mbit/s, 23 B + D,
 * the D channel in timeslot 24), one data link SAPI 0 / TEI 0 with k = 7, 2-octet call
 * references, B channels hunted descending from B23 (see {@link BChannels}).
 *
 * <p>Inputs: the D channel's layer-1 signal (cable), the framer's alarms ({@link #setLayer1}),
 * the SIP registration ({@link #setBlocked}). Output: {@link #lineState()} for the PRI lamp.
 *
 * <p>Blocking. INS-Net's JT-Q931 has no SERVICE / maintenance messages (those belong to the North
 * American national ISDN variants, ANSI T1.607 / NI-2), so there is no Q.931 way to put the
 * interface out of service. While blocked we keep layers 1 and 2 up — the PBX sees no alarm and
 * traffic resumes as soon as the registration returns — and answer every SETUP from the PBX at
 * once with RELEASE COMPLETE, cause 27 "destination out of order" (Q.850: the interface to the
 * destination is not functioning — here the carrier side), distinct from 34 "no circuit" so the
 * PBX's call log tells blocking from congestion; PBX route advance treats both as failures.
 *
 * <p>Mode. NT makes us the network side at layers 2 and 3 (LAPD C/R sense, Q.921 §3.3.2; Q.931
 * network-side procedures) and hunts B channels descending; TE the user side, hunting ascending
 * and proposing channels that the PBX (then the network side) confirms.
 */
public final class PriSpan implements IsdnLine, ClockReference {
    /**
     * @param relinkInterval how long after a failed establishment we try again (implementation
     *     choice; Q.921 leaves persistent re-establishment to the management entity)
     */
    public record Config(SpanMode mode, BChannels.Order hunting, int blockedCause, Q931Timers timers,
            LinkConfig link, Duration relinkInterval) {
        public static Config of(SpanMode mode) {
            return new Config(mode, mode == SpanMode.NT ? BChannels.Order.DESCENDING : BChannels.Order.ASCENDING,
                    CauseValue.DESTINATION_OUT_OF_ORDER, Q931Timers.standard(), LinkConfig.pri(),
                    Duration.ofSeconds(5));
        }
    }

    public static final int B_CHANNELS = 23;

    private final DChannel channel;
    private final Config config;
    private final LapdEndpoint endpoint;
    private final DataLink link;
    private final CallControl calls;
    private final StateCell<IsdnLineState> lineState = new StateCell<>(IsdnLineState.UNCONFIGURED);
    private final StateCell<Layer1State> layer1;
    private Layer1State framer = Layer1State.OK;
    private boolean started;
    private final TimerSlot relink;

    public PriSpan(Scheduler scheduler, DChannel channel, Config config, FarEnd farEnd) {
        this.relink = new TimerSlot(scheduler);
        this.channel = channel;
        this.config = config;
        this.endpoint = new LapdEndpoint(config.mode().side(), config.link(), scheduler, channel);
        this.calls = new CallControl(scheduler, config.timers(), 2, new BChannels(B_CHANNELS, true, config.hunting()),
                LinkSender.single(m -> this.link().send(m)), false, config.mode().callRole(), farEnd);
        this.link = endpoint.link(0, new CallLink(calls, 0, this::update, this::scheduleRelink));
        this.layer1 = new StateCell<>(channel.signal() ? framer : Layer1State.NO_SIGNAL);
        channel.onSignal(up -> layer1Changed());
        calls.onActivity(this::update);
    }

    private DataLink link() {
        return link;
    }

    /** Configured and running: layer 2 comes up when layer 1 allows. */
    @Override
    public void start() {
        started = true;
        if (layer1.get() == Layer1State.OK) {
            link.establish();
        }
        update();
    }

    public Config config() {
        return config;
    }

    public SpanMode mode() {
        return config.mode();
    }

    /** Alarms reported by the framer (LOF, RAI) or OK; loss of signal comes from the cable. */
    public void setLayer1(Layer1State state) {
        framer = state;
        layer1Changed();
    }

    public Layer1State layer1() {
        return layer1.get();
    }

    public LinkState linkState() {
        return link.state();
    }

    /**
     * Whether a clock can be recovered from the span (started, framed signal received; for PRI
     * slaving): an unconfigured span recovers none, as a BRI port that is not started.
     */
    @Override
    public boolean clockRecoverable() {
        return started && (layer1.get() == Layer1State.OK || layer1.get() == Layer1State.REMOTE_ALARM);
    }

    /** The SIP registration is down (true) or back (false). */
    @Override
    public void setBlocked(boolean blocked) {
        calls.setBlocked(blocked, config.blockedCause());
    }

    @Override
    public StateCell<IsdnLineState> lineStateCell() {
        return lineState;
    }

    public void onLayer1(Consumer<Layer1State> listener) {
        layer1.onChange(listener);
    }

    /** The clock follows layer 1 (PRI slaving). */
    @Override
    public void onClockChange(Runnable listener) {
        layer1.onChange(l -> listener.run());
    }

    @Override
    public CallControl callControl() {
        return calls;
    }

    @Override
    public void addTap(FrameTap tap) {
        endpoint.addTap(tap);
    }

    private void layer1Changed() {
        Layer1State now = channel.signal() ? framer : Layer1State.NO_SIGNAL;
        if (now == layer1.get()) {
            return;
        }
        Logger.info("PRI layer 1: {} -> {}", layer1.get(), now);
        layer1.set(now);
        if (now == Layer1State.OK) {
            if (started) {
                link.establish();
            }
        } else {
            endpoint.layer1Lost(); // PH-DEACTIVATE: the data link is released at once
        }
        update();
    }

    private void scheduleRelink() {
        relink.start(config.relinkInterval(), () -> {
            if (started && layer1.get() == Layer1State.OK && link.state() == LinkState.TEI_ASSIGNED) {
                link.establish();
            }
        });
    }

    private void update() {
        boolean layer1Ok = layer1.get() == Layer1State.OK;
        if (started && layer1Ok && link.state() == LinkState.AWAITING_ESTABLISHMENT
                && lineState.get() == IsdnLineState.UNCONFIGURED) {
            // the span's first SABME is out: the lamp stays as it was until the link is up or the
            // establishment has failed (T200 × N200, Q.921 §5.5.1) — no red flash at every start
            return;
        }
        lineState.set(IsdnLineState.of(started, layer1Ok && link.state().isEstablished(),
                calls.blocked(), !calls.calls().isEmpty()));
    }
}
