package org.voipgw.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.firmware.DevKey;
import org.voipgw.agent.firmware.FirmwareBox;
import org.voipgw.agent.firmware.FirmwareImage;
import org.voipgw.agent.firmware.FirmwareSigning;
import org.voipgw.agent.firmware.ImageCheck;
import org.voipgw.agent.firmware.Slot;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.flash.PowerCutFlash;
import org.voipgw.hal.time.VirtualClock;

/**
 * Issue 13 "a power cut at every point of writing (≥ 200 cut points) boots a valid slot every time": random
 * sequences of firmware updates (random image sizes; sometimes a second image replacing the waiting one;
 * sometimes boots of the new slot cut short, up to the fallback) run on a box whose slots and boot record go
 * through {@link PowerCutFlash}, cut at a random one of the sequence's steps — any 512-byte write or fsync of
 * slot data, any write, fsync, rename or directory fsync of the boot record. Then the box "reboots" on the
 * same directory and must boot: a slot whose image checks (or the factory firmware), running the version that
 * ran before that update or one of that update's, with no boot record taken for damage; and the next update
 * must go through.
 */
class FirmwareCrashPointTest {
    static final int CUTS = 300;
    private final SplittableRandom random = new SplittableRandom(4396);

    /** One update of a sequence: its image, perhaps a second one replacing it, and how many boots of it are cut. */
    private record Update(String version, byte[] image, String replacedBy, byte[] replacement, int cutBoots) {
    }

    /** How far a run got: the version that ran before the update in progress, and that update's versions. */
    private static final class Trace {
        String before = "1.0.0";
        Set<String> inProgress = Set.of();
    }

    @Test
    void aPowerCutAtAnyPointOfAnUpdateLeavesABoxThatBootsAGoodSlot(@TempDir Path root) throws IOException {
        int cuts = 0;
        int trials = 0;
        Map<String, Integer> where = new TreeMap<>();
        while (cuts < CUTS) {
            List<Update> plan = plan();
            long seed = random.nextLong();
            PowerCutFlash counting = new PowerCutFlash(-1, new SplittableRandom(seed));
            run(plan, root.resolve("dry" + trials), counting, new Trace());
            Path dir = root.resolve("t" + trials++);
            PowerCutFlash flash = new PowerCutFlash(random.nextLong(counting.steps()), new SplittableRandom(seed));
            Trace trace = new Trace();
            try {
                run(plan, dir, flash, trace);
            } catch (PowerCutFlash.PowerCut cut) {
                cuts++;
                where.merge(cut.getMessage().replace("power cut before ", "").replaceAll("slot-[AB]", "slot"), 1, Integer::sum);
            }
            assertTrue(flash.wasCut() || trace.inProgress.isEmpty(), "a run without a cut finished");
            bootsAGoodSlot(dir, trace, "trial " + trials + " (" + flash.steps() + " steps)");
        }
        System.out.println("firmware crash points: " + cuts + " cuts in " + trials + " update sequences; where: " + where);
        assertTrue(cuts >= CUTS);
        assertTrue(where.keySet().stream().anyMatch(k -> k.startsWith("WRITE of slot")), where.toString());
        assertTrue(where.keySet().stream().anyMatch(k -> k.startsWith("RENAME of boot-record")), where.toString());
    }

    private List<Update> plan() {
        List<Update> plan = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 1; i <= n; i++) {
            String v = "1." + i;
            boolean replace = random.nextInt(4) == 0;
            plan.add(new Update(v, DevKey.image(v, random.nextInt(50_000), random), replace ? v + ".1" : null,
                    replace ? DevKey.image(v + ".1", random.nextInt(50_000), random) : null, random.nextInt(4)));
        }
        return plan;
    }

    private static void run(List<Update> plan, Path dir, Flash flash, Trace trace) {
        VirtualClock clock = new VirtualClock();
        FirmwareBox b = new FirmwareBox(GatewayModel.VIII, clock, dir, flash);
        b.device.powerOn();
        clock.advance(Device.BOOT_TIME);
        for (Update u : plan) {
            trace.inProgress = u.replacedBy() == null ? Set.of(u.version()) : Set.of(u.version(), u.replacedBy());
            assertEquals(Optional.empty(), b.firmware.receive(u.image()));
            clock.advance(FirmwareBox.writeTime(u.image().length));
            if (u.replacement() != null) {
                assertEquals(Optional.empty(), b.firmware.receive(u.replacement()));
                clock.advance(FirmwareBox.writeTime(u.replacement().length));
            }
            b.device.reboot();
            clock.advance(Device.BOOT_TIME.plus(Device.FIRMWARE_UPDATE_TIME)); // applied; the restart into it begins
            for (int i = 0; i < u.cutBoots(); i++) {
                b.device.powerOff(); // boots of the new slot that never reach running
                b.device.powerOn();
            }
            clock.advance(Device.BOOT_TIME);
            assertTrue(b.device.running());
            trace.before = b.device.status().firmware().running();
            trace.inProgress = Set.of();
        }
        b.device.powerOff();
    }

    private static void bootsAGoodSlot(Path dir, Trace trace, String what) throws IOException {
        VirtualClock clock = new VirtualClock();
        FirmwareBox b = new FirmwareBox(GatewayModel.VIII, clock, dir, Flash.files());
        b.device.powerOn();
        clock.advance(FirmwareBox.BOOT_AND_UPDATE);
        assertTrue(b.device.running(), what + ": the box boots");
        String running = b.device.status().firmware().running();
        assertTrue(running.equals(trace.before) || trace.inProgress.contains(running),
                what + ": runs " + running + ", not " + trace.before + " or " + trace.inProgress);
        Slot active = b.slots.view().active();
        Path image = dir.resolve("firmware").resolve("slot-" + active + ".img");
        if (active == Slot.A && !Files.exists(image)) {
            assertEquals("1.0.0", running, what + ": slot A without a file is the factory firmware");
        } else {
            ImageCheck c = FirmwareImage.check(Files.readAllBytes(image), FirmwareSigning.builtInKey());
            assertTrue(c.good(), () -> what + ": the slot that runs does not check: " + c.refusal().logLine());
            assertEquals(running, c.manifest().version().text(), what);
        }
        assertFalse(Files.exists(dir.resolve("firmware/boot-record.damaged")), what + ": the boot record was never torn");
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image("9.0", 3000, new SplittableRandom(9))), what);
        clock.advance(FirmwareBox.writeTime(3000));
        b.device.reboot();
        clock.advance(FirmwareBox.BOOT_AND_UPDATE);
        assertEquals("9.0", b.device.status().firmware().running(), what + ": the next update goes through");
    }
}
