package org.voipgw.agent.firmware;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.device.BootLoader;
import org.voipgw.agent.device.DeviceLog;
import org.voipgw.hal.flash.DamagedFile;
import org.voipgw.hal.flash.Flash;

/**
 * The two firmware slots and the boot record on the flash seam (issue 13 "Signed A/B firmware"), and the
 * boot loader that reads them. Files in {@code dir}: {@code slot-A.img}, {@code slot-B.img} (whole images,
 * {@link FirmwareImage}) and {@code boot-record} ({@link BootRecord}). Slot A with no file is the firmware
 * the box was built with (the factory image; it needs no file, as a shipped box's first slot needs no
 * download).
 *
 * <p>Why a power cut at any point leaves a box that boots a good slot:
 * <ul>
 *   <li>a new image goes into the slot that does not run, in place ({@link Flash#write}), block by block;
 *       the boot record first stops naming that slot as pending, so a half-written slot is never named;</li>
 *   <li>only after the slot is forced to flash, read back and checked (size, SHA-256, signature, version) does
 *       the record name it pending; the record is replaced atomically ({@link Flash#replace});</li>
 *   <li>every boot checks the slot it is about to run and the pending one again; a slot that does not check
 *       is never run while the other one does;</li>
 *   <li>a newly applied slot runs on trial: each boot that begins on it is counted in the record before it
 *       starts, and after {@value #BOOT_ATTEMPTS} boots that did not reach "running" the next boot goes back
 *       to the other slot, and says so in the device log.</li>
 * </ul>
 *
 * <p>Runs on the device's event loop; {@link #view()} may be read from any thread.
 */
public final class FirmwareSlots implements BootLoader {
    /**
     * Boots a slot on trial may begin without reaching "running" before the boot loader falls back: 3.
     * Chosen (the guide gives no figure): one power cut while booting, even two, is no reason to give up a new
     * firmware; a third failure in a row is.
     */
    public static final int BOOT_ATTEMPTS = 3;

    private final Flash flash;
    private final Path dir;
    private final FirmwareVersion factory;
    private final PublicKey key;
    private final Map<Slot, SlotState> known = new EnumMap<>(Slot.class);
    private BootRecord current = BootRecord.FACTORY;
    private volatile SlotsView view;

    /**
     * @param dir     the firmware directory on the flash
     * @param factory the version of the firmware the box was built with (slot A until it is first written)
     * @param key     the public key images must be signed with ({@link FirmwareSigning#builtInKey()} on a real box)
     */
    public FirmwareSlots(Flash flash, Path dir, FirmwareVersion factory, PublicKey key) {
        this.flash = flash;
        this.dir = dir;
        this.factory = factory;
        this.key = key;
        publish();
    }

    public PublicKey trustedKey() {
        return key;
    }

    public SlotsView view() {
        return view;
    }

    /** The version that runs (the active slot's). */
    public FirmwareVersion running() {
        SlotState s = known.get(current.active());
        return s != null && s.version() != null ? s.version() : factory;
    }

    // ---- the boot loader ----

    @Override
    public String version() {
        return running().text();
    }

    @Override
    public BootChoice beginBoot(DeviceLog log) {
        known.clear(); // a boot knows nothing but what is on flash
        current = readRecord(log);
        Slot active = current.active();
        if (!current.confirmed() && current.attempts() >= BOOT_ATTEMPTS) {
            SlotState other = check(active.other());
            if (other.good()) {
                log.warn("firmware: slot " + active + " (" + versionOf(active) + ") did not reach running in "
                        + BOOT_ATTEMPTS + " boots; falling back to slot " + other.slot() + " (" + other.version() + ")");
                save(BootRecord.confirmed(other.slot()), log);
                active = other.slot();
            } else {
                log.warn("firmware: slot " + active + " did not reach running in " + BOOT_ATTEMPTS
                        + " boots, but slot " + active.other() + " holds no usable firmware; trying slot " + active + " again");
            }
        }
        SlotState running = check(active);
        if (!running.good()) {
            SlotState other = check(active.other());
            if (other.good()) {
                log.warn("firmware: slot " + active + " does not check (" + running.problem().logLine()
                        + "); booting slot " + other.slot() + " (" + other.version() + ")");
                save(BootRecord.confirmed(other.slot()), log);
                active = other.slot();
            } else {
                log.warn("firmware: neither slot checks (" + running.problem().logLine() + "); booting slot " + active);
            }
        }
        if (!current.confirmed()) {
            save(current.withAttempts(Math.min(current.attempts() + 1, 999)), log); // counted before it starts
        }
        String pending = null;
        if (current.pending() != null) {
            SlotState p = check(current.pending());
            if (p.good() && p.version().newerThan(running())) {
                pending = p.version().text();
            } else {
                log.warn("firmware: the image waiting in slot " + current.pending() + " is dropped ("
                        + (p.good() ? "not newer than " + running() : p.problem().logLine()) + ")");
                save(current.withPending(null), log);
            }
        }
        if (!known.containsKey(current.active().other())) {
            check(current.active().other()); // what the other slot holds, for the web UI
        }
        publish();
        return new BootChoice(running().text(), pending);
    }

    @Override
    public Optional<String> applyPending(DeviceLog log) {
        Slot p = current.pending();
        if (p == null) {
            return Optional.empty();
        }
        SlotState s = check(p);
        if (!s.good()) {
            log.warn("firmware: slot " + p + " no longer checks (" + s.problem().logLine() + "); staying on slot "
                    + current.active());
            save(current.withPending(null), log);
            publish();
            return Optional.empty();
        }
        save(BootRecord.trying(p), log);
        log.info("firmware: slot " + p + " (" + s.version() + ") is now active, on trial: it must reach running within "
                + BOOT_ATTEMPTS + " boots");
        publish();
        return Optional.of(s.version().text());
    }

    @Override
    public void reachedRunning(DeviceLog log) {
        if (!current.confirmed()) {
            save(BootRecord.confirmed(current.active()).withPending(current.pending()), log);
            log.info("firmware: slot " + current.active() + " (" + running() + ") reached running; it stays");
            publish();
        }
    }

    // ---- writing a new image while the box runs ----

    /**
     * Starts writing a new image: into the slot that does not run, after the record has stopped naming it
     * pending. Returns that slot.
     */
    Slot beginWrite(DeviceLog log) throws IOException {
        Slot target = current.active().other();
        if (current.pending() != null) {
            log.info("firmware: the image waiting in slot " + current.pending() + " is replaced");
            saveOrThrow(current.withPending(null));
        }
        known.put(target, SlotState.writing(target));
        publish();
        return target;
    }

    void writeBlock(Slot slot, long offset, byte[] block) throws IOException {
        flash.write(file(slot), offset, block, Flash.Access.DEFAULT);
    }

    /**
     * Ends a write: forces the slot to flash, reads it back and checks it; only a good image of
     * {@code expected} becomes pending. Returns the check (its refusal when it was not good).
     */
    ImageCheck finishWrite(Slot slot, FirmwareVersion expected) throws IOException {
        flash.force(file(slot));
        SlotState s = check(slot);
        if (!s.good()) {
            publish();
            return new ImageCheck(null, new ImageRefusal(ImageRefusal.Kind.WRITE_FAILED,
                    "slot " + slot + " read back: " + s.problem().logLine()));
        }
        if (!s.version().equals(expected)) {
            publish();
            return new ImageCheck(null, new ImageRefusal(ImageRefusal.Kind.WRITE_FAILED,
                    "slot " + slot + " read back version " + s.version() + ", not " + expected));
        }
        saveOrThrow(current.withPending(slot));
        publish();
        return ImageCheck.good(null);
    }

    /** A write that did not finish (power cut, restart, flash error): the slot is left as it is, unnamed. */
    void abandonWrite(Slot slot) {
        known.put(slot, new SlotState(slot, null, new ImageRefusal(ImageRefusal.Kind.TRUNCATED, "write not finished"),
                false, false));
        publish();
    }

    // ---- flash ----

    private Path file(Slot s) {
        return dir.resolve(s.fileName());
    }

    /** Checks a slot's image from flash (or the factory firmware, slot A without a file) and remembers the result. */
    private SlotState check(Slot s) {
        SlotState st;
        try {
            Optional<byte[]> image = flash.read(file(s));
            if (image.isEmpty()) {
                st = s == Slot.A ? new SlotState(s, factory, null, true, false)
                        : new SlotState(s, null, new ImageRefusal(ImageRefusal.Kind.NOT_AN_IMAGE, "slot is empty"), false, false);
            } else {
                ImageCheck c = FirmwareImage.check(image.get(), key);
                st = c.good() ? new SlotState(s, c.manifest().version(), null, false, false)
                        : new SlotState(s, null, c.refusal(), false, false);
            }
        } catch (IOException e) {
            st = new SlotState(s, null, new ImageRefusal(ImageRefusal.Kind.TRUNCATED, "cannot read: " + e.getMessage()),
                    false, false);
        }
        known.put(s, st);
        return st;
    }

    private String versionOf(Slot s) {
        SlotState st = known.containsKey(s) ? known.get(s) : check(s);
        return st.version() == null ? "no usable image" : st.version().text();
    }

    private BootRecord readRecord(DeviceLog log) {
        Path f = dir.resolve(BootRecord.FILE);
        Optional<byte[]> bytes;
        try {
            bytes = flash.read(f);
        } catch (IOException e) {
            log.warn("firmware: cannot read the boot record (" + e.getMessage() + "); booting the newest good slot");
            return recover(log);
        }
        if (bytes.isEmpty()) {
            return BootRecord.FACTORY;
        }
        try {
            return BootRecord.decode(bytes.get());
        } catch (IllegalArgumentException e) {
            log.warn(DamagedFile.setAside(flash, f, "起動レコード", "boot record", e, "booting the newest good slot"));
            BootRecord r = recover(log);
            save(r, log);
            return r;
        }
    }

    /** No readable record: the newest slot that checks runs, confirmed (it ran before, or it is the factory's). */
    private BootRecord recover(DeviceLog log) {
        SlotState a = check(Slot.A);
        SlotState b = check(Slot.B);
        Slot pick = b.good() && (!a.good() || b.version().newerThan(a.version())) ? Slot.B : Slot.A;
        log.warn("firmware: booting slot " + pick + " (" + versionOf(pick) + ") without a boot record");
        return BootRecord.confirmed(pick);
    }

    /** Saves the record; a flash that refuses is logged and the box goes on with the record in memory. */
    private void save(BootRecord r, DeviceLog log) {
        try {
            saveOrThrow(r);
        } catch (IOException e) {
            current = r;
            log.warn("firmware: cannot write the boot record (" + e.getMessage() + ")");
        }
    }

    private void saveOrThrow(BootRecord r) throws IOException {
        flash.replace(dir.resolve(BootRecord.FILE), r.encode(), Flash.Access.DEFAULT);
        current = r;
    }

    private void publish() {
        Map<Slot, SlotState> slots = new EnumMap<>(Slot.class);
        slots.putAll(known);
        view = new SlotsView(current.active(), current.confirmed(), current.attempts(), current.pending(), slots);
    }
}
