package org.voipgw.agent.firmware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.status.FirmwareStatus;
import org.voipgw.led.status.PowerState;

/**
 * Taking in a new firmware image while the box runs (issue 13 "Signed A/B firmware"): the image is checked
 * (format, signature against the trusted key, size and SHA-256, newer than what runs), written block by
 * block into the slot that does not run ({@link FirmwareSlots}), read back and checked again, and only then
 * named pending — CONFIG green-blink until the next restart applies it (guide 4413, 4713). While it is
 * written the status says flash is being accessed (family INIT red-blink, guide 4703; Ⅷ has no such lamp
 * row). A refused image changes nothing on flash; why it was refused goes to the device log and the web UI.
 *
 * <p>Scenario words: {@code firmware download VERSION [signed|unsigned|bad-signature|corrupt]} (default
 * signed; the simulated firmware server makes the image), {@code expect slot A|B} (the slot that runs) and
 * {@code expect firmware-refused REASON} (why the last image was refused, {@code none} before any was).
 */
public final class FirmwareFeature implements DeviceFeature {
    /** One block written to a slot at a time: 32 KiB. Chosen: a few blocks per simulated image. */
    static final int BLOCK = 32 * 1024;
    /**
     * Time between two blocks: 100 ms, so 320 KiB/s. Chosen (the guide gives no figure): of the order of a
     * NOR flash's program rate, and short enough that a 192 KiB image is checked and waiting within 1 s.
     */
    static final Duration BLOCK_TIME = Duration.ofMillis(100);

    private static final List<String> REFUSAL_WORDS = Stream.concat(Stream.of("none"),
            Arrays.stream(ImageRefusal.Kind.values()).map(ImageRefusal.Kind::word)).toList();

    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            return List.of(new ActionSpec("firmware", "download VERSION [" + String.join("|", ImageKind.words()) + "]",
                    "an image of that kind (default signed) from the simulated server: checked, written to the other"
                            + " slot, applied at the next restart",
                    FirmwareFeature::checkDownload,
                    (c, args) -> feature(c).downloadFromServer(new FirmwareVersion(args.get(1)),
                            args.size() == 3 ? ImageKind.of(args.get(2)).orElseThrow() : ImageKind.SIGNED)));
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            return List.of(new ProbeSpec("slot", "A|B (the firmware slot that runs)", List.of("A", "B"),
                    args -> args.isEmpty() ? Optional.empty() : Optional.of("slot takes no arguments before A|B"),
                    (c, args) -> feature(c).slots.view().active().name()),
                    new ProbeSpec("firmware-refused", "REASON (why the last image was refused; none: no image was)",
                            REFUSAL_WORDS, args -> args.isEmpty() ? Optional.empty()
                                    : Optional.of("firmware-refused takes no arguments before the REASON"),
                            (c, args) -> feature(c).lastRefused().map(r -> r.reason().kind().word()).orElse("none")));
        }
    };

    /** A refused image: when, which version it claimed (or "?"), and why. */
    public record Refused(Instant at, String version, ImageRefusal reason) {
    }

    private final FirmwareSlots slots;
    private final FirmwareServer server;
    private DeviceContext context;
    private Writing writing;
    private volatile Refused lastRefused;

    /**
     * @param server where {@code firmware download} fetches images (the simulated firmware server), or null on
     *               a live box (which has none)
     */
    public FirmwareFeature(FirmwareSlots slots, FirmwareServer server) {
        this.slots = slots;
        this.server = server;
    }

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext c) {
        this.context = c;
    }

    public FirmwareSlots slots() {
        return slots;
    }

    /** The last image refused since the box was assembled, if any (web UI; any thread). */
    public Optional<Refused> lastRefused() {
        return Optional.ofNullable(lastRefused);
    }

    private static FirmwareFeature feature(DeviceContext c) {
        return c.feature(FirmwareFeature.class).orElseThrow(() -> new IllegalStateException("this box has no firmware slots"));
    }

    private static Optional<String> checkDownload(List<String> args) {
        if (args.size() < 2 || args.size() > 3 || !args.get(0).equals("download")) {
            return Optional.of("firmware takes: download VERSION [" + String.join("|", ImageKind.words()) + "]");
        }
        if (FirmwareVersion.parse(args.get(1)).isEmpty()) {
            return Optional.of("'" + args.get(1) + "' is not a firmware version; valid: " + FirmwareVersion.VALID);
        }
        if (args.size() == 3 && ImageKind.of(args.get(2)).isEmpty()) {
            return Optional.of("'" + args.get(2) + "' is not an image kind; valid: " + String.join(", ", ImageKind.words()));
        }
        return Optional.empty();
    }

    private void downloadFromServer(FirmwareVersion version, ImageKind kind) {
        if (server == null) {
            throw new IllegalStateException("this box has no firmware server to download from"
                    + " (a live box takes images from the carrier)");
        }
        receive(server.image(version, kind)); // a refusal is logged and shown; scenarios expect firmware / slot
    }

    /**
     * An image arrives (the simulated server, or an upload): checked now; a good one is written into the
     * slot that does not run over the next moments. Returns the refusal, or empty when the write began.
     *
     * @throws IllegalStateException when the box is not running or another image is being written
     */
    public Optional<ImageRefusal> receive(byte[] image) {
        PowerState power = context.status().power();
        if (!power.running() || power == PowerState.BOOTING || context.status().firmware().updating()) {
            throw new IllegalStateException("the box is not running: a firmware image is taken only while it runs");
        }
        if (writing != null) {
            throw new IllegalStateException("firmware " + writing.version + " is still being written");
        }
        ImageCheck c = FirmwareImage.check(image, slots.trustedKey());
        if (!c.good()) {
            return Optional.of(refuse(claimedVersion(image), c.refusal()));
        }
        FirmwareVersion v = c.manifest().version();
        FirmwareVersion running = slots.running();
        if (!v.newerThan(running)) {
            return Optional.of(refuse(v.text(), new ImageRefusal(v.equals(running) ? ImageRefusal.Kind.SAME_VERSION
                    : ImageRefusal.Kind.DOWNGRADE, v + " is not newer than the running " + running)));
        }
        Slot target;
        try {
            target = slots.beginWrite(context.log());
        } catch (IOException e) {
            return Optional.of(refuse(v.text(), new ImageRefusal(ImageRefusal.Kind.WRITE_FAILED, e.getMessage())));
        }
        context.log().info("firmware " + v + " received (" + image.length + " bytes, signature good); writing slot " + target);
        context.updateStatus(s -> s.with(b -> {
            b.flashAccess = true;
            b.firmware = new FirmwareStatus(s.firmware().running(), null, false); // a replaced image no longer waits
        }));
        writing = new Writing(target, v, image);
        writing.next();
        return Optional.empty();
    }

    /** One image going into a slot, a block at a time on the device's scheduler. */
    private final class Writing {
        final Slot slot;
        final FirmwareVersion version;
        final byte[] image;
        int offset;
        Scheduler.Timer timer;

        Writing(Slot slot, FirmwareVersion version, byte[] image) {
            this.slot = slot;
            this.version = version;
            this.image = image;
        }

        void next() {
            timer = null;
            try {
                int n = Math.min(BLOCK, image.length - offset);
                slots.writeBlock(slot, offset, Arrays.copyOfRange(image, offset, offset + n));
                offset += n;
                if (offset < image.length) {
                    timer = context.scheduler().schedule(BLOCK_TIME, this::next);
                    return;
                }
                ImageCheck c = slots.finishWrite(slot, version);
                writing = null;
                if (c.good()) {
                    context.log().info("firmware " + version + " written to slot " + slot
                            + " and checked (size, SHA-256, signature); applied at the next restart");
                    context.updateStatus(s -> s.with(b -> {
                        b.flashAccess = false;
                        b.firmware = new FirmwareStatus(s.firmware().running(), version.text(), false);
                    }));
                } else {
                    slots.abandonWrite(slot);
                    context.updateStatus(s -> s.with(b -> b.flashAccess = false));
                    refuse(version.text(), c.refusal());
                }
            } catch (IOException e) {
                writing = null;
                slots.abandonWrite(slot);
                context.updateStatus(s -> s.with(b -> b.flashAccess = false));
                refuse(version.text(), new ImageRefusal(ImageRefusal.Kind.WRITE_FAILED, e.getMessage()));
            }
        }

        void stop() {
            if (timer != null) {
                timer.cancel();
            }
            slots.abandonWrite(slot);
        }
    }

    @Override
    public void onShutdown(boolean orderly) {
        if (writing != null) {
            context.log().warn("firmware " + writing.version + ": writing slot " + writing.slot + " was cut off at "
                    + writing.offset + " of " + writing.image.length + " bytes"
                    + (orderly ? " by a restart" : " by a power cut") + "; the slot is not used");
            writing.stop();
            writing = null;
        }
    }

    private ImageRefusal refuse(String version, ImageRefusal r) {
        context.log().warn("firmware " + version + " refused: " + r.logLine());
        lastRefused = new Refused(Instant.ofEpochMilli(context.scheduler().clock().millis()), version, r);
        return r;
    }

    /** The version an image claims, for the log only (it is not believed): "?" when it cannot be read. */
    private static String claimedVersion(byte[] image) {
        String text = new String(image, 0, Math.min(image.length, 64 + FirmwareImage.MAX_MANIFEST),
                StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("version=([A-Za-z0-9._-]{1,32})\n").matcher(text);
        return m.find() ? m.group(1) : "?";
    }
}
