package org.voipgw.isdn.dchan;

import org.voipgw.hal.dchan.DChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.lapd.Hdlc;
import org.voipgw.isdn.lapd.HdlcDeframer;

/**
 * A D channel carried as an HDLC bit stream on a serial line (the line-interface module of a
 * live deployment): frames go out flagged, zero-bit-stuffed and with their FCS
 * ({@link Hdlc#toLine}); octets read from the line, in whatever chunks the port delivers, are
 * de-framed and FCS-checked — frames with a bad FCS are dropped (Q.921 §2.9 / §5.8.5). The
 * owner feeds {@link #lineReceived} and reports the carrier with {@link #setSignal}, both on the
 * device's event loop.
 */
public final class HdlcDChannel implements DChannel {
    private final Consumer<byte[]> line;
    private final HdlcDeframer deframer = new HdlcDeframer();
    private final List<Consumer<Boolean>> signalListeners = new ArrayList<>();
    private Consumer<byte[]> receiver = f -> { };
    private boolean signal;
    private int badFrames;

    /** @param line where the encoded octets are written (the serial port) */
    public HdlcDChannel(Consumer<byte[]> line) {
        this.line = line;
    }

    @Override
    public void send(byte[] frame) {
        line.accept(Hdlc.toLine(frame));
    }

    /** Octets read from the serial line. */
    public void lineReceived(byte[] chunk) {
        for (Decoded<byte[]> f : deframer.feed(chunk)) {
            switch (f) {
                case Decoded.Ok<byte[]> ok -> receiver.accept(ok.value());
                case Decoded.Failed<byte[]> bad -> {
                    badFrames++;
                    Logger.debug("D channel: dropping frame: {}", bad.error());
                }
            }
        }
    }

    /** Frames dropped for a bad FCS, an abort or a wrong length. */
    public int badFrames() {
        return badFrames;
    }

    public void setSignal(boolean present) {
        if (present != signal) {
            signal = present;
            signalListeners.forEach(l -> l.accept(present));
        }
    }

    @Override
    public void onReceive(Consumer<byte[]> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void onSignal(Consumer<Boolean> listener) {
        signalListeners.add(listener);
    }

    @Override
    public boolean signal() {
        return signal;
    }
}
