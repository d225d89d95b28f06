package org.voipgw.led.status;

/**
 * The running firmware, a downloaded image not yet applied (CONFIG green-blink), and whether the
 * update is being written at reboot (Ⅷ INIT orange-blink, Ⅲ–Ⅶ INIT red-blink).
 */
public record FirmwareStatus(String running, String downloaded, boolean updating) {
    public FirmwareStatus {
        if (running == null || running.isBlank()) {
            throw new IllegalArgumentException("running firmware version is required");
        }
    }

    public boolean pending() {
        return downloaded != null && !updating;
    }
}
