package org.voipgw.agent.firmware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.FirmwareProbe;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.time.VirtualClock;

/**
 * A box with nothing but its firmware slots, trusting the key built in (so test images are signed with
 * {@link DevKey}), on a flash directory through a chosen {@link Flash}: what the firmware tests boot.
 */
public final class FirmwareBox {
    /** Long enough for any boot: the update restart and the restart into the new firmware. */
    public static final Duration BOOT_AND_UPDATE = Device.BOOT_TIME.plus(Device.FIRMWARE_UPDATE_TIME).plus(Device.BOOT_TIME);

    public final Device device;
    public final FirmwareFeature firmware;
    public final FirmwareSlots slots;

    public FirmwareBox(GatewayModel model, VirtualClock clock, Path flashDir, Flash flash) {
        slots = new FirmwareSlots(flash, flashDir.resolve("firmware"), new FirmwareVersion("1.0.0"),
                FirmwareSigning.builtInKey());
        firmware = new FirmwareFeature(slots, null);
        device = new Device(model, clock, flashDir, slots, List.of(new FirmwareProbe(), firmware));
    }

    /** Time enough to write an image of {@code bytes} into a slot and check it. */
    public static Duration writeTime(int bytes) {
        return FirmwareFeature.BLOCK_TIME.multipliedBy(bytes / FirmwareFeature.BLOCK + 2);
    }
}
