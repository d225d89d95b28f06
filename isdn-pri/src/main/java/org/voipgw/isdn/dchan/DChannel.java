package org.voipgw.isdn.dchan;

import java.util.function.Consumer;

/**
 * The I/O edge of one D channel: LAPD frames (address to information field; flags, bit stuffing
 * and FCS are the line's business) plus the presence of a layer-1 signal. Simulated by
 * {@link DChannelWire}; live by the line-interface module over serial (agent).
 */
public interface DChannel {
    void send(byte[] frame);

    /** Where received frames go; called on the device's event loop. */
    void onReceive(Consumer<byte[]> receiver);

    /** Told {@code true}/{@code false} when the layer-1 signal from the far end appears or is lost. */
    void onSignal(Consumer<Boolean> listener);

    boolean signal();
}
