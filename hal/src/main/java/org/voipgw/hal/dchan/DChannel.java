package org.voipgw.hal.dchan;

import java.util.function.Consumer;

/**
 * The I/O edge of one D channel: LAPD frames (address to information field; flags, stuffing and
 * FCS are the line's business) plus the presence of a layer-1 signal. One per ISDN port (the PRI
 * span, each BRI port). Implementations: the in-process wire of the simulated PBX (isdn-pri), UDP
 * and an async-HDLC serial line ({@link DChannelTransport}s that leave the process).
 */
public interface DChannel {
    /** N201, the largest information field on a D channel (Q.921 §5.9.3). */
    int N201 = 260;

    /** The longest LAPD frame: 2 address + 2 control octets + N201 (Q.921 §2.1, §3.4). */
    int MAX_FRAME_OCTETS = 4 + N201;

    void send(byte[] frame);

    /** Where received frames go; called on the device's event loop. */
    void onReceive(Consumer<byte[]> receiver);

    /** Told {@code true}/{@code false} when the layer-1 signal from the far end appears or is lost (on the event loop). */
    void onSignal(Consumer<Boolean> listener);

    boolean signal();
}
