package org.voipgw.agent.firmware;

/**
 * Where {@code firmware download VERSION [KIND]} fetches an image: the simulated firmware server of
 * scenarios and the demo ({@code firmware.sim}). A live box has none: its images would come from the carrier.
 */
public interface FirmwareServer {
    /** An image of {@code version} and {@code kind}. */
    byte[] image(FirmwareVersion version, ImageKind kind);
}
