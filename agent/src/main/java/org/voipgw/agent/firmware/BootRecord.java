package org.voipgw.agent.firmware;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The small record the boot reads first (issue 13 "a small boot record"): which slot runs, whether it
 * has ever reached "running" since it was made active ({@code confirmed}), how many boots it has begun
 * without doing so, and which slot holds a verified image waiting for the next boot ({@code pending},
 * CONFIG green-blink). It is replaced whole through {@code Flash.replace} (write, fsync, rename, fsync of
 * the directory), so a power cut leaves the old record or the new one; its CRC-32C (RFC 3720 §B.4) line
 * catches any other damage, which then counts as no record.
 */
record BootRecord(Slot active, boolean confirmed, int attempts, Slot pending) {
    static final String FILE = "boot-record";
    /** The box as it leaves the factory: slot A (the firmware it was built with), confirmed, nothing pending. */
    static final BootRecord FACTORY = new BootRecord(Slot.A, true, 0, null);

    BootRecord {
        if (active == null || attempts < 0 || pending == active) {
            throw new IllegalArgumentException("not a boot record: " + active + " " + attempts + " " + pending);
        }
    }

    BootRecord withPending(Slot p) {
        return new BootRecord(active, confirmed, attempts, p);
    }

    BootRecord withAttempts(int n) {
        return new BootRecord(active, confirmed, n, pending);
    }

    /** {@code slot} becomes the one that runs, on trial: it must reach "running" within the boot limit. */
    static BootRecord trying(Slot slot) {
        return new BootRecord(slot, false, 0, null);
    }

    static BootRecord confirmed(Slot slot) {
        return new BootRecord(slot, true, 0, null);
    }

    byte[] encode() {
        String body = "active=" + active + "\nconfirmed=" + confirmed + "\nattempts=" + attempts + "\npending="
                + (pending == null ? "-" : pending.name()) + "\n";
        return (body + "crc32c=" + crc(body) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads a record; anything but one this class wrote is an {@link IllegalArgumentException} saying what. */
    static BootRecord decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int crcAt = text.lastIndexOf("crc32c=");
        if (crcAt < 0 || !text.endsWith("\n")) {
            throw new IllegalArgumentException("no CRC line");
        }
        String body = text.substring(0, crcAt);
        if (!text.substring(crcAt).equals("crc32c=" + crc(body) + "\n")) {
            throw new IllegalArgumentException("CRC-32C does not match");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!List.copyOf(f.keySet()).equals(List.of("active", "confirmed", "attempts", "pending"))
                || !f.get("active").matches("[AB]") || !f.get("confirmed").matches("true|false")
                || !f.get("attempts").matches("[0-9]{1,3}") || !f.get("pending").matches("[AB-]")) {
            throw new IllegalArgumentException("fields " + f);
        }
        Slot pending = f.get("pending").equals("-") ? null : Slot.valueOf(f.get("pending"));
        return new BootRecord(Slot.valueOf(f.get("active")), Boolean.parseBoolean(f.get("confirmed")),
                Integer.parseInt(f.get("attempts")), pending);
    }

    private static String crc(String body) {
        CRC32C c = new CRC32C();
        c.update(body.getBytes(StandardCharsets.US_ASCII));
        return String.format("%08x", c.getValue());
    }
}
