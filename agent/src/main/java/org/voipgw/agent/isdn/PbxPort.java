package org.voipgw.agent.isdn;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Optional;
import org.voipgw.fxsbri.BriPort;
import org.voipgw.hal.dchan.DChannel;
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
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/**
 * One PBX-side ISDN port — the Ⅷ PRI span or a Ⅵ/Ⅶ BRI port — with, on the other end of its D
 * channel, either the simulated PBX ({@code sim}) or a real one reached through a transport that
 * leaves the process (UDP, a serial line), and the in-process far end that stands in for the
 * carrier until calls are bridged to SIP: it alerts at once and answers after {@link #FAR_END_ANSWER}.
 */
final class PbxPort {
    /** How long the stand-in far end lets a call from the PBX ring. Chosen. */
    static final Duration FAR_END_ANSWER = Duration.ofSeconds(3);

    final String name;
    /** The simulated PBX's cable; null when the PBX is real. */
    private final DChannelWire wire;
    private final IsdnLine line;
    /** Null when the PBX is real. */
    private final SimulatedPbx pbx;
    /** The transport to a real PBX, or null ({@code sim}, or it could not be opened). */
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
     * The Ⅷ PRI span in {@code mode} on {@code channel} to a real PBX: {@code transport} when it was
     * opened (it is closed with the port), or null with a channel that has no signal when it could not be.
     */
    static PbxPort pri(Scheduler s, SpanMode mode, DChannel channel, DChannelTransport transport, String attachedTo) {
        PriSpan span = new PriSpan(s, channel, PriSpan.Config.of(mode), new AnsweringFarEnd(s, FAR_END_ANSWER));
        return new PbxPort("pri", null, span, null, mode.side(), transport, attachedTo);
    }

    /** Ⅵ/Ⅶ BRI port {@code n} (NT) on {@code channel} to a real PBX; see {@link #pri(Scheduler, SpanMode, DChannel, DChannelTransport, String)}. */
    static PbxPort bri(Scheduler s, int n, BriPort.Wiring wiring, DChannel channel, DChannelTransport transport,
            String attachedTo) {
        BriPort port = new BriPort(s, channel, BriPort.Config.nt(n, wiring), new AnsweringFarEnd(s, FAR_END_ANSWER));
        return new PbxPort("bri" + n, null, port, null, Side.NETWORK, transport, attachedTo);
    }

    /** A D channel with no far end at all (its transport could not be opened): no signal, ever. */
    static DChannel deadChannel(Scheduler s) {
        DChannelWire w = new DChannelWire(s);
        w.cut();
        return w.gatewayEnd();
    }

    /** What the D channel is attached to: {@code sim}, or the transport as written. */
    String attachedTo() {
        return attachedTo;
    }

    /** The transport to a real PBX, if one is open. */
    Optional<DChannelTransport> transport() {
        return Optional.ofNullable(transport);
    }

    /** Stops using the transport (the port is rebuilt or the box goes down). */
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    private Optional<String> simulatedOnly(String what) {
        return pbx != null ? Optional.empty()
                : Optional.of("port " + name + " is attached to a real PBX (" + attachedTo + "): " + what
                        + " is done at the PBX itself");
    }

    /** The Ⅷ PRI span in {@code mode}, with a PBX set to {@code pbxMode} (the opposite, unless mismatched). */
    static PbxPort pri(Scheduler s, SpanMode mode, SpanMode pbxMode) {
        DChannelWire wire = new DChannelWire(s);
        PriSpan span = new PriSpan(s, wire.gatewayEnd(), PriSpan.Config.of(mode), new AnsweringFarEnd(s, FAR_END_ANSWER));
        SimulatedPbx pbx = new SimulatedPbx(s, wire, SimulatedPbx.Config.forPri().withMode(pbxMode));
        return new PbxPort("pri", wire, span, pbx, mode.side());
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

    /** The simulated cable (faults); a real PBX's cable is not ours to cut. */
    void cable(boolean cut) {
        if (wire == null) {
            return;
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
        Optional<String> refused = simulatedOnly("dialling");
        if (refused.isPresent()) {
            return refused;
        }
        trace.reset();
        lastPbxCall = pbx.call(number);
        lastIpCall = null;
        return Optional.empty();
    }

    /** A call from the carrier side toward the PBX (SETUP from the gateway). */
    void ipCall(String number) {
        trace.reset();
        lastPbxCall = null;
        lastIpCall = line.placeCall(number, "", new CallObserver() {
            @Override
            public void cleared(IsdnCall call, int cause) {
                lastCause = cause;
            }
        });
    }

    /** The PBX answers the call ringing at it (the last one toward the PBX). */
    Optional<String> pbxAnswer() {
        Optional<String> refused = simulatedOnly("answering");
        if (refused.isPresent()) {
            return refused;
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
        Optional<String> refused = simulatedOnly("hanging up");
        if (refused.isPresent()) {
            return refused;
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

    void tap(org.voipgw.isdn.dchan.FrameTap tap) {
        line.addTap(tap);
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

    static String word(CallState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

}
