package org.voipgw.fxsbri;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.IsdnLine;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.StateCell;
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
import org.voipgw.isdn.lapd.TeiManager;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.q931.CauseValue;
import java.util.Set;

/**
 * One ISDN basic-rate port (2 B + D, INS-Net 64 / TTC JT-I430): the Ⅵ/Ⅶ LINE ports toward the
 * PBX, and the clock ports. In NT mode (the PBX side) we assign automatic TEIs (Q.921 §5.3),
 * run one data link with k = 1 and one network-side {@link CallControl} (1-octet call
 * references) for the port, sharing its two B channels among the terminals. Point-to-multipoint wiring is
 * allowed on one port only, with at most two terminals (guide: 「ポイント－マルチポイント接続で使用する
 * 場合、１ポートのみとし、接続台数は２台に限ります」); a third terminal's identity request is denied and
 * logged. In TE mode (Ⅷ BRI(CLK) port, fixed TE; Ⅵ/Ⅶ CLK port) only layer 1 runs: the port is a
 * clock input, its D channel is not used for calls here.
 *
 * <p>Calls toward a point-to-multipoint port are offered to all terminals with a SETUP in a UI
 * frame on TEI 127 (Q.931 §5.2.1); the first CONNECT wins, the other responders are released with
 * cause 26 (§5.2.2 non-selected user clearing).
 */
public final class BriPort implements IsdnLine, ClockReference {
    public enum Wiring {
        POINT_TO_POINT(1),
        POINT_TO_MULTIPOINT(2);

        final int maxTerminals;

        Wiring(int maxTerminals) {
            this.maxTerminals = maxTerminals;
        }
    }

    public record Config(int port, SpanMode mode, Wiring wiring, Q931Timers timers, int blockedCause) {
        public static Config nt(int port, Wiring wiring) {
            return new Config(port, SpanMode.NT, wiring, Q931Timers.standard(), CauseValue.DESTINATION_OUT_OF_ORDER);
        }

        /** A clock port: TE mode, layer 1 only. */
        public static Config clockPort(int port) {
            return new Config(port, SpanMode.TE, Wiring.POINT_TO_POINT, Q931Timers.standard(),
                    CauseValue.DESTINATION_OUT_OF_ORDER);
        }

        /** Enforces the guide's limit: point-to-multipoint on one port only. */
        public static void checkPointToMultipointLimit(Collection<Config> ports) {
            long pmp = ports.stream().filter(c -> c.wiring() == Wiring.POINT_TO_MULTIPOINT).count();
            if (pmp > 1) {
                throw new IllegalArgumentException(
                        "point-to-multipoint is allowed on one BRI port only, " + pmp + " configured");
            }
        }
    }

    public static final int B_CHANNELS = 2;

    private final DChannel channel;
    private final Config config;
    private final BriLayer1 layer1;
    private final LapdEndpoint endpoint;
    private final TeiManager teis;
    private final BChannels channels = new BChannels(B_CHANNELS, false, BChannels.Order.DESCENDING);
    private final Map<Integer, DataLink> terminals = new LinkedHashMap<>();
    private final CallControl calls;
    private final StateCell<IsdnLineState> lineState = new StateCell<>(IsdnLineState.UNCONFIGURED);
    private boolean started;
    private int deniedTerminals;


    public BriPort(Scheduler scheduler, DChannel channel, Config config, FarEnd farEnd) {
        this.channel = channel;
        this.config = config;
        this.layer1 = new BriLayer1(config.mode() == SpanMode.NT);
        this.endpoint = new LapdEndpoint(config.mode().side(), LinkConfig.bri(), scheduler, channel);
        this.teis = new TeiManager(scheduler, endpoint::send, new TeiManager.Listener() {
            @Override
            public void assigned(int tei) {
                addTerminal(tei);
            }

            @Override
            public void removed(int tei) {
                removeTerminal(tei);
            }

            @Override
            public void denied(int ri) {
                deniedTerminals++;
                Logger.warn("BRI port {}: terminal (Ri {}) refused a TEI: at most {} terminal(s) on {} wiring",
                        config.port(), ri, config.wiring().maxTerminals, config.wiring());
            }
        }, config.wiring().maxTerminals);
        this.calls = new CallControl(scheduler, config.timers(), 1, channels, new LinkSender() {
            @Override
            public void send(int tei, Octets message) {
                DataLink link = terminals.get(tei);
                if (link != null) {
                    link.send(message);
                }
            }

            @Override
            public void broadcast(Octets message) {
                endpoint.broadcast(message);
            }
        }, config.wiring() == Wiring.POINT_TO_MULTIPOINT, config.mode().callRole(), farEnd);
        calls.onActivity(this::update);
        if (config.mode() == SpanMode.NT) {
            endpoint.onTeiManagement(teis::receive);
        }
        layer1.onChange(s -> layer1Changed());
        channel.onSignal(present -> {
            if (started) {
                layer1.farEnd(present);
            }
        });
    }

    /** Configured and running: layer 1 activates when the far end is there. */
    @Override
    public void start() {
        started = true;
        if (channel.signal()) {
            layer1.farEnd(true);
        }
        update();
    }

    public Config config() {
        return config;
    }

    public BriLayer1 layer1() {
        return layer1;
    }

    /** For clock slaving: a TE-mode port recovers the clock of the NT it is activated with. */
    @Override
    public boolean clockRecoverable() {
        return started && layer1.activated();
    }

    /** The clock follows layer 1's activation (BRI slaving). */
    @Override
    public void onClockChange(Runnable listener) {
        layer1.onChange(s -> listener.run());
    }

    public int deniedTerminals() {
        return deniedTerminals;
    }

    public Set<Integer> assignedTeis() {
        return teis.assigned();
    }

    public LinkState linkState(int tei) {
        DataLink link = terminals.get(tei);
        return link == null ? LinkState.TEI_UNASSIGNED : link.state();
    }

    @Override
    public void setBlocked(boolean blocked) {
        calls.setBlocked(blocked, config.blockedCause());
    }

    @Override
    public StateCell<IsdnLineState> lineStateCell() {
        return lineState;
    }

    @Override
    public void addTap(FrameTap tap) {
        endpoint.addTap(tap);
    }

    /**
     * Calls toward the port: on point-to-point wiring over the terminal's data link, on
     * point-to-multipoint offered to every terminal by a broadcast SETUP (Q.931 §5.2.1), the first
     * to answer getting it; cleared with cause 27 when no data link is up.
     */
    @Override
    public CallControl callControl() {
        return calls;
    }

    private void addTerminal(int tei) {
        DataLink link = endpoint.link(tei, new CallLink(calls, tei, this::update, () -> { }));
        terminals.put(tei, link);
        Logger.info("BRI port {}: TEI {} assigned", config.port(), tei);
        update();
    }

    private void removeTerminal(int tei) {
        if (terminals.remove(tei) != null) {
            calls.linkRemoved(tei);
            endpoint.removeLink(tei);
        }
        update();
    }

    private void layer1Changed() {
        if (!layer1.activated()) {
            endpoint.layer1Lost(); // links released; TEIs stay assigned (Q.921 §5.3: removal is explicit)
        }
        update(); // after activation the terminals re-establish their links themselves
    }

    private void update() {
        boolean anyLink = terminals.values().stream().anyMatch(l -> l.state().isEstablished());
        boolean anyCall = !calls.calls().isEmpty();
        lineState.set(config.mode() == SpanMode.TE
                ? IsdnLineState.of(started, layer1.activated(), false, false) // a clock port: layer 1 only
                : IsdnLineState.of(started, layer1.activated() && anyLink, calls.blocked(), anyCall));
    }
}
