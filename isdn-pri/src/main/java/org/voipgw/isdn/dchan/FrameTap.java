package org.voipgw.isdn.dchan;

/** Sees every LAPD frame crossing a D channel (for captures and traces). */
@FunctionalInterface
public interface FrameTap {
    /**
     * @param fromNetworkSide whether the frame was sent by the network side of this D channel
     * @param frame the LAPD frame, address to information field, without flags and FCS
     */
    void frame(boolean fromNetworkSide, byte[] frame);
}
