package org.voipgw.agent.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.web.DeviceGatewayView;
import org.voipgw.webui.FirmwareView;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

class FirmwareFeatureTest {
    private final VirtualClock clock = new VirtualClock();
    private final SplittableRandom random = new SplittableRandom(4713);
    @TempDir
    Path flash;

    private FirmwareBox running(GatewayModel model) {
        FirmwareBox b = new FirmwareBox(model, clock, flash, Flash.files());
        b.device.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertTrue(b.device.running());
        return b;
    }

    private void update(FirmwareBox b, String version, int size) {
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image(version, size, random)));
        clock.advance(FirmwareBox.writeTime(size));
        assertEquals(LampState.GREEN_BLINK, b.device.panel().get(Lamp.CONFIG));
        b.device.reboot();
        clock.advance(FirmwareBox.BOOT_AND_UPDATE);
        assertTrue(b.device.running());
        assertEquals(version, b.device.status().firmware().running());
    }

    @Test
    void aSignedImageGoesIntoTheOtherSlotAndRunsFromItAfterTheRestart() throws IOException {
        FirmwareBox b = running(GatewayModel.VIII);
        assertEquals(Slot.A, b.slots.view().active());
        assertFalse(Files.exists(flash.resolve("firmware/slot-A.img")), "slot A is the factory firmware, no file");
        update(b, "2.0.0", 70_000);
        assertEquals(Slot.B, b.slots.view().active());
        assertTrue(b.slots.view().confirmed());
        update(b, "2.1.0", 1_000);
        assertEquals(Slot.A, b.slots.view().active());
        assertTrue(FirmwareImage.check(Files.readAllBytes(flash.resolve("firmware/slot-A.img")), FirmwareSigning.builtInKey())
                .good());
        assertTrue(b.device.log().recent().stream().anyMatch(l -> l.contains("slot A (2.1.0) reached running")));
    }

    @Test
    void refusalsSayWhyInTheDeviceLogAndChangeNothing() throws IOException {
        FirmwareBox b = running(GatewayModel.III);
        byte[] payload = new byte[4000];
        Manifest m = Manifest.of(new FirmwareVersion("2.0.0"), payload);
        assertEquals(ImageRefusal.Kind.UNSIGNED, b.firmware.receive(FirmwareImage.assemble(m.encode(), new byte[0], payload))
                .orElseThrow().kind());
        assertEquals(ImageRefusal.Kind.BAD_SIGNATURE, b.firmware.receive(FirmwareImage.signed(m.version(), payload,
                FirmwareSigning.generate().getPrivate())).orElseThrow().kind());
        assertEquals(ImageRefusal.Kind.DOWNGRADE, b.firmware.receive(DevKey.image("0.9.9", 100, random)).orElseThrow().kind());
        assertEquals(ImageRefusal.Kind.SAME_VERSION, b.firmware.receive(DevKey.image("1.0.0", 100, random)).orElseThrow().kind());
        List<String> log = b.device.log().recent();
        assertTrue(log.stream().anyMatch(l -> l.contains("WARN firmware 2.0.0 refused: 署名がありません / image is not signed")), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.contains("firmware 2.0.0 refused: 署名が正しくありません / signature does not verify")));
        assertTrue(log.stream().anyMatch(l -> l.contains("firmware 0.9.9 refused: 古いバージョンへの更新はできません / downgrade refused")));
        assertEquals(ImageRefusal.Kind.SAME_VERSION, b.firmware.lastRefused().orElseThrow().reason().kind());
        FirmwareView web = new DeviceGatewayView(b.device).firmware().orElseThrow();
        assertEquals("A", web.active());
        assertEquals(new FirmwareView.SlotRow("A", "1.0.0", true, false, null), web.slots().get(0));
        assertEquals("not a firmware image (slot is empty)", web.slots().get(1).problem().en());
        assertEquals("1.0.0", web.lastRefused().version());
        assertEquals("同じバージョンが動作中です (1.0.0 is not newer than the running 1.0.0)", web.lastRefused().reason().ja());
        assertEquals(LampState.OFF, b.device.panel().get(Lamp.CONFIG));
        assertFalse(Files.exists(flash.resolve("firmware/slot-B.img")), "a refused image never reaches flash");
        assertFalse(Files.exists(flash.resolve("firmware/boot-record")));
    }

    @Test
    void whileASlotIsWrittenTheFamilyShowsFlashAccessAndASecondImageWaits() {
        FirmwareBox b = running(GatewayModel.VI);
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image("2.0.0", 100_000, random)));
        assertEquals(LampState.RED_BLINK, b.device.panel().get(Lamp.INIT), "フラッシュアクセス中 (guide 4703)");
        assertEquals(LampState.OFF, b.device.panel().get(Lamp.CONFIG), "not waiting until written and checked");
        IllegalStateException busy = assertThrows(IllegalStateException.class,
                () -> b.firmware.receive(DevKey.image("2.0.1", 10, random)));
        assertTrue(busy.getMessage().contains("still being written"));
        clock.advance(FirmwareBox.writeTime(100_000));
        assertEquals(LampState.OFF, b.device.panel().get(Lamp.INIT));
        assertEquals(LampState.GREEN_BLINK, b.device.panel().get(Lamp.CONFIG));
    }

    @Test
    void aNewerImageReplacesOneWaitingAndThePowerCutOfAWriteLeavesTheOldOneRunning() {
        FirmwareBox b = running(GatewayModel.VIII);
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image("2.0.0", 1000, random)));
        clock.advance(FirmwareBox.writeTime(1000));
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image("2.5.0", 200_000, random)));
        assertEquals(LampState.OFF, b.device.panel().get(Lamp.CONFIG), "the replaced image no longer waits");
        clock.advance(FirmwareFeature.BLOCK_TIME.multipliedBy(2)); // blocks at +0, +100 and +200 ms: 3 × 32 KiB
        b.device.powerOff();
        b.device.powerOn();
        clock.advance(FirmwareBox.BOOT_AND_UPDATE);
        assertEquals("1.0.0", b.device.status().firmware().running());
        assertEquals(Slot.A, b.slots.view().active());
        assertEquals(LampState.OFF, b.device.panel().get(Lamp.CONFIG));
        assertTrue(b.device.log().recent().stream().anyMatch(l -> l.contains("was cut off at 98304 of") && l.contains("power cut")));
    }

    @Test
    void threeBootsThatNeverReachRunningFallBackToTheOtherSlotAndSaySo() {
        FirmwareBox b = running(GatewayModel.VIII);
        assertEquals(Optional.empty(), b.firmware.receive(DevKey.image("2.0.0", 5000, random)));
        clock.advance(FirmwareBox.writeTime(5000));
        b.device.reboot();
        clock.advance(Device.BOOT_TIME.plus(Device.FIRMWARE_UPDATE_TIME)); // applied; the restart into B begins
        for (int attempt = 1; attempt <= FirmwareSlots.BOOT_ATTEMPTS; attempt++) {
            assertEquals(Slot.B, b.slots.view().active(), "attempt " + attempt);
            assertEquals(attempt, b.slots.view().attempts());
            assertFalse(b.slots.view().confirmed());
            b.device.powerOff();
            b.device.powerOn();
        }
        assertEquals(Slot.A, b.slots.view().active());
        assertEquals("1.0.0", b.device.status().firmware().running());
        clock.advance(Device.BOOT_TIME);
        assertTrue(b.device.running());
        assertTrue(b.device.log().recent().stream().anyMatch(l -> l.contains(
                "slot B (2.0.0) did not reach running in 3 boots; falling back to slot A (1.0.0)")), () -> b.device.log().recent().toString());
    }

    @Test
    void aSlotDamagedOnFlashIsNotBootedAndADamagedBootRecordIsSetAside() throws IOException {
        FirmwareBox b = running(GatewayModel.VIII);
        update(b, "2.0.0", 9000);
        b.device.powerOff();
        Path slotB = flash.resolve("firmware/slot-B.img");
        byte[] rotten = Files.readAllBytes(slotB);
        rotten[rotten.length / 2] ^= 0x10;
        Files.write(slotB, rotten);
        FirmwareBox again = new FirmwareBox(GatewayModel.VIII, clock, flash, Flash.files());
        again.device.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertEquals("1.0.0", again.device.status().firmware().running());
        assertTrue(again.device.log().recent().stream().anyMatch(l -> l.contains("slot B does not check (イメージが破損しています")));
        again.device.powerOff();

        Files.writeString(flash.resolve("firmware/boot-record"), "active=B\n");
        FirmwareBox third = new FirmwareBox(GatewayModel.VIII, clock, flash, Flash.files());
        third.device.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertTrue(third.device.running());
        assertTrue(Files.exists(flash.resolve("firmware/boot-record.damaged")));
        assertTrue(third.device.log().recent().stream().anyMatch(l -> l.contains("起動レコードが壊れています / boot record damaged")));
        assertEquals(Slot.A, third.slots.view().active(), "slot B does not check, so the newest good slot is A");
    }
}
