package org.voipgw.agent.isdn;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.voipgw.fxsbri.BriPort;
import org.voipgw.hal.dchan.DChannelTransport;
import org.voipgw.hal.time.Clock;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.lapd.Side;
import org.voipgw.isdn.IsdnLine;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.dchan.FrameTap;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/**
 * One PBX-side ISDN port — the Ⅷ PRI span or a Ⅵ/Ⅶ BRI port — with, on the other end of its D
 * channel, the simulated PBX ({@code sim} on a simulated box), a real PBX reached through a transport
 * that leaves the process (UDP, a serial line; issue 12), or nothing (a live box with no line
 * interface); and the in-process far end that stands in for the carrier until calls are bridged to
 * SIP: it alerts at once and answers after {@link #FAR_END_ANSWER}.
 */
final class PbxPort {
    /** How long the stand-in far end lets a call from the PBX ring. Chosen. */
    static final Duration FAR_END_ANSWER = Duration.ofSeconds(3);
    private static final String NO_PBX = "no simulated PBX (a real one or none) on ";

    final String name;
    private final DChannelWire wire;
    private final IsdnLine line;
    private final SimulatedPbx pbx;
    /** The transport to a real PBX, or null ({@code sim}, no line interface, or it could not be opened). */
    private final DChannelTransport transport;
    /** What the D channel is attached to, as the operator wrote it ({@code sim}, {@code udp:…}). */
    private final String attachedTo;
    private final Q931Trace trace;
    private IsdnCall lastIpCall;
    private PbxCall lastPbxCall;
    private int lastCause;

    private PbxPort(String name, DChannelWire wire, IsdnLine line, SimulatedPbx pbx, Side gatewaySide,
            DChannelTransport transport, String attachedTo) {
        this.name = name;
        Q931Trace trace = new Q931Trace(gatewaySide == Side.NETWORK);
        this.wire = wire;
        this.line = line;
        this.pbx = pbx;
        this.transport = transport;
        this.attachedTo = attachedTo;
        this.trace = trace;
        line.addTap(trace);
    }

    private PbxPort(String name, DChannelWire wire, IsdnLine line, SimulatedPbx pbx, Side gatewaySide) {
        this(name, wire, line, pbx, gatewaySide, null, "sim");
    }

    /**
     * The Ⅷ PRI span in {@code mode} to a real PBX over {@code transport} (closed with the port); with
     * a null transport (it could not be opened) the span runs on a dead D channel, link down.
     */
    static PbxPort pri(Scheduler s, SpanMode mode, DChannelTransport transport, String attachedTo) {
        DChannelWire dead = transport == null ? deadWire(s) : null;
        PriSpan span = new PriSpan(s, transport != null ? transport : dead.gatewayEnd(), PriSpan.Config.of(mode),
                new AnsweringFarEnd(s, FAR_END_ANSWER));
        return new PbxPort("pri", dead, span, null, mode.side(), transport, attachedTo);
    }

    /** Ⅵ/Ⅶ BRI port {@code n} (NT) to a real PBX; see {@link #pri(Scheduler, SpanMode, DChannelTransport, String)}. */
    static PbxPort bri(Scheduler s, int n, BriPort.Wiring wiring, DChannelTransport transport, String attachedTo) {
        DChannelWire dead = transport == null ? deadWire(s) : null;
        BriPort port = new BriPort(s, transport != null ? transport : dead.gatewayEnd(), BriPort.Config.nt(n, wiring),
                new AnsweringFarEnd(s, FAR_END_ANSWER));
        return new PbxPort("bri" + n, dead, port, null, Side.NETWORK, transport, attachedTo);
    }

    private static DChannelWire deadWire(Scheduler s) {
        DChannelWire w = new DChannelWire(s);
        w.cut();
        return w;
    }

    /** What the D channel is attached to: {@code sim}, or the transport as written. */
    String attachedTo() {
        return attachedTo;
    }

    /** Stops using the transport (the port is rebuilt or the box goes down). */
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    /** This port's D channel now: attachment, layer 1, data links, calls ({@code transportError} as kept by IsdnSide). */
    DataLinkStatus dataLink(String transportError) {
        String layer1;
        List<DataLinkStatus.Link> links = new ArrayList<>();
        switch (line) {
            case PriSpan span -> {
                layer1 = span.layer1().name();
                links.add(new DataLinkStatus.Link(0, span.linkState().name(), span.linkState().isEstablished()));
            }
            case BriPort bri -> {
                layer1 = bri.layer1().state().name();
                for (int tei : new TreeSet<>(bri.assignedTeis())) {
                    LinkState st = bri.linkState(tei);
                    links.add(new DataLinkStatus.Link(tei, st.name(), st.isEstablished()));
                }
            }
            default -> throw new IllegalStateException("not a PRI span or BRI port: " + line);
        }
        return new DataLinkStatus(name, attachedTo, transportError, layer1, links, line.calls().size(),
                transport == null ? null : transport.counters());
    }

    /** The Ⅷ PRI span in {@code mode}, with a PBX set to {@code pbxMode} (the opposite, unless mismatched). */
    static PbxPort pri(Scheduler s, SpanMode mode, SpanMode pbxMode) {
        DChannelWire wire = new DChannelWire(s);
        PriSpan span = new PriSpan(s, wire.gatewayEnd(), PriSpan.Config.of(mode), new AnsweringFarEnd(s, FAR_END_ANSWER));
        SimulatedPbx pbx = new SimulatedPbx(s, wire, SimulatedPbx.Config.forPri().withMode(pbxMode));
        return new PbxPort("pri", wire, span, pbx, mode.side());
    }

    /**
     * A port of a live box with no line interface yet (the ISDN-transport issue brings them): the line
     * runs on a D channel that never carries a signal, so it shows the guide's link-down state (PRI
     * red-blink, guide 4561: リンクダウン), and nothing plays the PBX.
     */
    private static PbxPort withoutLineInterface(String name, IsdnLine line, DChannelWire wire, Side gatewaySide) {
        wire.cut();
        return new PbxPort(name, wire, line, null, gatewaySide, null, "sim (no line interface)");
    }

    /** The Ⅷ PRI span in {@code mode} on a dead D channel (see {@link #withoutLineInterface}). */
    static PbxPort priWithoutLineInterface(Scheduler s, SpanMode mode) {
        DChannelWire wire = new DChannelWire(s);
        PriSpan span = new PriSpan(s, wire.gatewayEnd(), PriSpan.Config.of(mode), new AnsweringFarEnd(s, FAR_END_ANSWER));
        return withoutLineInterface("pri", span, wire, mode.side());
    }

    /** Ⅵ/Ⅶ BRI port {@code n} on a dead D channel (see {@link #withoutLineInterface}). */
    static PbxPort briWithoutLineInterface(Scheduler s, int n, BriPort.Wiring wiring) {
        DChannelWire wire = new DChannelWire(s);
        BriPort port = new BriPort(s, wire.gatewayEnd(), BriPort.Config.nt(n, wiring), new AnsweringFarEnd(s, FAR_END_ANSWER));
        return withoutLineInterface("bri" + n, port, wire, Side.NETWORK);
    }

    /** Whether a PBX is on the other end of this port's cable (a simulated one); false without a line interface. */
    boolean hasPbx() {
        return pbx != null;
    }

    /** Ⅵ/Ⅶ BRI port {@code n} (NT), point-to-multipoint or not, with one ISDN terminal of the PBX. */
    static PbxPort bri(Scheduler s, int n, BriPort.Wiring wiring) {
        DChannelWire wire = new DChannelWire(s);
        BriPort port = new BriPort(s, wire.gatewayEnd(), BriPort.Config.nt(n, wiring), new AnsweringFarEnd(s, FAR_END_ANSWER));
        SimulatedPbx pbx = new SimulatedPbx(s, wire, SimulatedPbx.Config.forBri(n));
        return new PbxPort("bri" + n, wire, port, pbx, Side.NETWORK);
    }

    IsdnLine line() {
        return line;
    }

    /** The gateway and the PBX are powered and cabled: layer 1, the data link, then calls. */
    void start(boolean cableCut) {
        if (cableCut && wire != null) {
            wire.cut();
        }
        line.start();
        if (pbx != null) {
            pbx.start();
        }
    }

    void cable(boolean cut) {
        if (pbx == null) {
            return; // no line interface: there is no cable to repair
        }
        if (cut) {
            wire.cut();
        } else {
            wire.repair();
        }
    }

    void pbxSilent(boolean silent) {
        if (pbx == null) {
            return;
        }
        if (silent) {
            pbx.goSilent();
        } else {
            pbx.wakeUp();
        }
    }

    void ignoreCalls(boolean ignore) {
        if (pbx != null) {
            pbx.ignoreCalls(ignore);
        }
    }

    /** The PBX dials {@code number}: a SETUP toward the gateway. */
    Optional<String> pbxCall(String number) {
        if (pbx == null) {
            return Optional.of(NO_PBX + name);
        }
        trace.reset();
        lastPbxCall = pbx.call(number);
        lastIpCall = null;
        return Optional.empty();
    }

    /** The gateway is about to place a call toward the PBX: the port's Q.931 trace starts over. */
    void placing() {
        trace.reset();
    }

    /** A call the gateway placed toward the PBX (a call from the carrier): its state and cause are probed. */
    void placed(IsdnCall call) {
        lastPbxCall = null;
        lastIpCall = call;
        lastCause = 0;
        call.observe(new CallObserver() {
            @Override
            public void cleared(IsdnCall c, int cause) {
                if (lastIpCall == c) {
                    lastCause = cause;
                }
            }
        });
    }

    /** The PBX answers the call ringing at it (the last one toward the PBX). */
    Optional<String> pbxAnswer() {
        if (pbx == null) {
            return Optional.of(NO_PBX + name);
        }
        Optional<PbxCall> ringing = pbx.calls().stream().filter(c -> !c.outgoing()).reduce((a, b) -> b);
        if (ringing.isEmpty()) {
            return Optional.of("no call is ringing at the PBX on " + name);
        }
        pbx.answer(ringing.get());
        return Optional.empty();
    }

    /** The PBX hangs up its last call (DISCONNECT, normal clearing). */
    Optional<String> pbxHangup() {
        if (pbx == null) {
            return Optional.of(NO_PBX + name);
        }
        PbxCall last = pbx.lastCall();
        if (last == null) {
            return Optional.of("the PBX has no call on " + name);
        }
        pbx.hangup(last);
        return Optional.empty();
    }

    IsdnLineState lineState() {
        return line.lineState();
    }

    int callsInProgress() {
        // every call the line holds, as its lamp state counts them: a SETUP from the PBX is published while
        // its call is still in state NULL, and no later line-state change would publish it again
        return line.calls().size();
    }

    /** The gateway's state of the last call on this port, as a scenario word (e.g. {@code active}). */
    String lastCallState() {
        if (lastIpCall != null) {
            return word(lastIpCall.state());
        }
        if (lastPbxCall == null) {
            return "none";
        }
        List<IsdnCall> calls = List.copyOf(line.calls());
        return calls.isEmpty() ? "null" : word(calls.get(calls.size() - 1).state());
    }

    /** The cause the last call was cleared with (Q.850 value), 0 when none. */
    int lastCause() {
        return lastIpCall != null ? lastCause : lastPbxCall == null ? 0 : lastPbxCall.cause();
    }

    String trace() {
        return trace.joined();
    }

    /**
     * A pcap writer for this port's D channel (link type 177, LINUX_LAPD: it keeps the direction, so
     * Wireshark/tshark name each side and read C/R right); attach it with {@link #tap}.
     */
    static PcapWriter newCapture(OutputStream out, Clock clock, Side gatewaySide) {
        return new PcapWriter(out, clock, PcapWriter.LinkType.LINUX_LAPD, gatewaySide);
    }

    void tap(FrameTap tap) {
        line.addTap(tap);
    }

    static String word(CallState s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
