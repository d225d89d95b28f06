package org.voipgw.agent.device;

import java.util.Optional;

/**
 * The box's boot loader as its lifecycle sees it (issue 13 "Signed A/B firmware"): at every power-on or
 * restart it chooses the firmware that runs (counting boots, falling back, checking the image); at the
 * update restart (INIT blinking, guide 4396/4703) it makes a waiting image the one that runs; once the box
 * reaches "running" it keeps that choice. Each method runs on the device's event loop and writes what it
 * decides to flash before it returns, so a power cut at any point leaves a box that boots.
 */
public interface BootLoader {
    /** What a boot starts: the version that runs, and a verified image's version waiting to be applied (or null). */
    record BootChoice(String running, String pending) {
    }

    /** The version that runs now; before the first boot, the one the box holds. */
    String version();

    /** A boot begins (power on, restart). */
    BootChoice beginBoot(DeviceLog log);

    /**
     * The update restart has run its course: the waiting image becomes the one that runs (on trial until it
     * reaches "running"). Its version, or empty when there was none or it no longer verifies (then it is dropped).
     */
    Optional<String> applyPending(DeviceLog log);

    /** The box reached "running" on the firmware it booted: that choice holds from now on. */
    void reachedRunning(DeviceLog log);

    /**
     * A box whose firmware stays {@code version}: no slots, nothing to apply (devices assembled for tests of
     * other parts, which never download firmware).
     */
    static BootLoader fixed(String version) {
        return new BootLoader() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public BootChoice beginBoot(DeviceLog log) {
                return new BootChoice(version, null);
            }

            @Override
            public Optional<String> applyPending(DeviceLog log) {
                return Optional.empty();
            }

            @Override
            public void reachedRunning(DeviceLog log) {
                // one firmware, nothing to keep
            }
        };
    }
}
