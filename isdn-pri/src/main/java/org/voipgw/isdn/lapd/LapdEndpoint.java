package org.voipgw.isdn.lapd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.dchan.FrameTap;

/**
 * One end of a D channel at layer 2: decodes received frames (invalid ones are discarded,
 * Q.921 §5.8.5), shows every frame to the taps (captures), and routes by address — SAPI 63 /
 * TEI 127 UI to TEI management, SAPI 0 / TEI 127 UI to the broadcast handler, SAPI 0 to the data
 * link of that TEI (Q.921 §5.1: one data link per SAPI + TEI).
 */
public final class LapdEndpoint {
    private final Side side;
    private final LinkConfig config;
    private final Scheduler scheduler;
    private final DChannel channel;
    private final Map<Integer, DataLink> links = new HashMap<>();
    private final List<FrameTap> taps = new ArrayList<>();
    private Consumer<TeiMessage> teiHandler = m -> { };
    private Consumer<Octets> broadcastHandler = m -> { };
    private boolean deaf;

    public LapdEndpoint(Side side, LinkConfig config, Scheduler scheduler, DChannel channel) {
        this.side = side;
        this.config = config;
        this.scheduler = scheduler;
        this.channel = channel;
        channel.onReceive(this::receive);
    }

    public Side side() {
        return side;
    }

    public DChannel channel() {
        return channel;
    }

    public void addTap(FrameTap tap) {
        taps.add(tap);
    }

    /** The SAPI-0 data link for {@code tei}, created on first use. */
    public DataLink link(int tei, LinkUser user) {
        return links.computeIfAbsent(tei,
                t -> new DataLink(side, Address.SAPI_CALL_CONTROL, t, config, scheduler, this::send, user));
    }

    public void removeLink(int tei) {
        DataLink l = links.remove(tei);
        if (l != null) {
            l.lost();
        }
    }

    public void onTeiManagement(Consumer<TeiMessage> handler) {
        teiHandler = handler;
    }

    public void onBroadcast(Consumer<Octets> handler) {
        broadcastHandler = handler;
    }

    /** Stop processing received frames (a peer that has gone silent, e.g. a hung PBX). */
    public void setDeaf(boolean deaf) {
        this.deaf = deaf;
    }

    /** Layer-1 loss: every data link is gone at once. */
    public void layer1Lost() {
        links.values().forEach(DataLink::lost);
    }

    public void send(Frame frame) {
        if (deaf) {
            return;
        }
        byte[] bytes = LapdCodec.encode(frame);
        taps.forEach(t -> t.frame(side == Side.NETWORK, bytes));
        channel.send(bytes);
    }

    /** A UI frame on SAPI 0 to all terminals (TEI 127), e.g. a SETUP on a point-to-multipoint BRI. */
    public void broadcast(Octets message) {
        send(new Frame.U(Address.of(Address.SAPI_CALL_CONTROL, Address.TEI_GROUP, side, true), Frame.UType.UI,
                false, message));
    }

    private void receive(byte[] bytes) {
        if (deaf) {
            return;
        }
        taps.forEach(t -> t.frame(side != Side.NETWORK, bytes));
        switch (LapdCodec.decode(bytes)) {
            case Decoded.Failed<Frame> f -> Logger.debug("LAPD {}: invalid frame {}: {}", side, Octets.of(bytes), f.error());
            case Decoded.Ok<Frame> ok -> route(ok.value());
        }
    }

    private void route(Frame frame) {
        Address a = frame.address();
        boolean ui = frame instanceof Frame.U u && u.type() == Frame.UType.UI;
        if (a.sapi() == Address.SAPI_MANAGEMENT && a.tei() == Address.TEI_GROUP && ui) {
            switch (TeiMessage.decode(((Frame.U) frame).info())) {
                case Decoded.Ok<TeiMessage> ok -> teiHandler.accept(ok.value());
                case Decoded.Failed<TeiMessage> f -> Logger.debug("TEI management: {}", f.error());
            }
        } else if (a.sapi() == Address.SAPI_CALL_CONTROL && a.tei() == Address.TEI_GROUP && ui) {
            broadcastHandler.accept(((Frame.U) frame).info());
        } else if (a.sapi() == Address.SAPI_CALL_CONTROL && links.containsKey(a.tei())) {
            links.get(a.tei()).receive(frame);
        } else {
            Logger.debug("LAPD {}: no data link for SAPI {} TEI {}", side, a.sapi(), a.tei());
        }
    }
}
