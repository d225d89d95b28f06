package org.voipgw.agent.device;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.voipgw.agent.settings.FileSettingsStore;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampPanel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.FirmwareStatus;
import org.voipgw.led.status.PowerState;
import org.voipgw.led.status.SoftwareFault;

/**
 * One gateway: an event loop over its {@link DeviceStatus} (DESIGN.md, "How data flows"). Every
 * event — a switch, a cable, a timer, a SIP answer — runs on {@link #scheduler()} and ends in
 * {@link #updateStatus}, after which the lamp panel is derived anew by {@link LampDerivation} and
 * pushed to the {@link LampSink}s. Devices share no mutable state, so many can run in one process.
 *
 * <p>The box's lifecycle follows the guide (Ⅷ lines 4330–4419, family 4679–4721): power on → boot
 * (flash read) → running; the Ⅷ shutdown switch held ≥ 3 s saves the log, then standby; the INIT
 * switch restores factory settings; a downloaded and checked firmware (CONFIG green-blink) is applied at
 * the next boot (INIT orange-blink on Ⅷ, red-blink on the family), after which the box restarts into it.
 * Which firmware a boot runs is the {@link BootLoader}'s decision (the A/B slots, issue 13).
 */
public final class Device implements DeviceContext, AutoCloseable {
    /** Boot: flash read and self-test. Chosen; the guide gives no figure. */
    public static final Duration BOOT_TIME = Duration.ofSeconds(2);
    /**
     * The update restart: the boot loader checks the waiting image again and makes its slot the one that runs
     * (INIT ファームウェア更新中 / フラッシュアクセス中, guide 4396/4703). Chosen; the guide gives no figure.
     */
    public static final Duration FIRMWARE_UPDATE_TIME = Duration.ofSeconds(60);
    /** The shutdown switch must be held this long (guide 4340: "3 秒以上押す"). */
    public static final Duration SHUTDOWN_HOLD = Duration.ofSeconds(3);
    /** Saving the log to flash before standby. Chosen. */
    public static final Duration SHUTDOWN_SAVE_TIME = Duration.ofSeconds(5);

    private enum Phase { OFF, BOOTING, UPDATING, RUNNING, SHUTTING_DOWN, STANDBY }

    private final GatewayModel model;
    private final Scheduler scheduler;
    private final Path flashDir;
    private final Settings settings;
    private final FactoryState factoryState;
    private final DeviceLog log;
    private final BootLoader bootLoader;
    private final List<DeviceFeature> features = new ArrayList<>();
    private final Vocabulary vocabulary;
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final Deque<Change> undelivered = new ArrayDeque<>();
    private boolean delivering;
    private boolean closed;
    private final List<LampSink> sinks = new CopyOnWriteArrayList<>();
    private final List<Runnable> factoryResetListeners = new CopyOnWriteArrayList<>();
    private final LampHistory lampHistory = new LampHistory();
    private volatile DeviceStatus status;
    private volatile LampPanel panel;
    private Phase phase = Phase.OFF;
    private long bootGeneration;
    private long bootedAtMillis = -1;
    private boolean powerAnomaly;
    private Scheduler.Timer shutdownHold;
    private boolean dataDamagedAtLoad;

    /**
     * Assembles a device. {@code flashDir} null keeps settings in memory (tests, benchmarks).
     * Features that do not apply to {@code model} are left out.
     */
    public Device(GatewayModel model, Scheduler scheduler, Path flashDir, String firmwareVersion,
                  List<? extends DeviceFeature> features) {
        this(model, scheduler, flashDir, BootLoader.fixed(firmwareVersion), features);
    }

    /** As above, booting what {@code bootLoader} chooses (the A/B firmware slots). */
    public Device(GatewayModel model, Scheduler scheduler, Path flashDir, BootLoader bootLoader,
                  List<? extends DeviceFeature> features) {
        this.model = model;
        this.bootLoader = bootLoader;
        String firmwareVersion = bootLoader.version();
        this.scheduler = scheduler;
        this.flashDir = flashDir;
        this.log = new DeviceLog(scheduler.clock(), model.ascii());
        SettingsStore store = flashDir == null ? SettingsStore.inMemory()
                : new FileSettingsStore(Flash.files(), flashDir.resolve("settings.json"), this::storedDataDamaged);
        this.settings = new Settings(store);
        this.factoryState = flashDir == null ? FactoryState.inMemory() : FactoryState.inFile(flashDir.resolve("factory-state"));
        for (DeviceFeature f : features) {
            if (f.appliesTo(model)) {
                this.features.add(f);
                settings.registerAll(f.vocabulary().settings(model));
            }
        }
        for (SettingError dropped : settings.load()) {
            log.warn("stored setting dropped: " + dropped);
        }
        this.vocabulary = new Vocabulary(model, this.features);
        this.status = dataDamagedAtLoad && model.family() == LampFamily.FXS_BRI
                ? DeviceStatus.poweredOff(firmwareVersion).with(b -> b.softwareFaults.add(SoftwareFault.DATA))
                : DeviceStatus.poweredOff(firmwareVersion);
        this.panel = LampDerivation.derive(model.family(), status);
        settings.onChange(this::settingsChanged);
        for (DeviceFeature f : this.features) {
            f.attach(this);
        }
    }

    /**
     * A stored file was damaged and set aside (issue 13 finding 4): the line goes to the device log, so to
     * the ログ page and the flash log. On Ⅲ–Ⅶ the ALARM lamp blinks red until the next power cycle: the
     * family table's ソフト障害（データ破損、設定ミス等）row (guide 4709), whose remedy is a restart and
     * then a fault report; the restart does clear it here, since the box then runs on the defaults it
     * already booted with. Ⅷ's ALARM has only the hardware row (guide 4403), so on Ⅷ it is the log alone.
     * CONFIG is not used: it means a downloaded firmware not yet applied (guide 4316, 4413, 4713).
     */
    void storedDataDamaged(String line) {
        dataDamagedAtLoad = true;
        log.warn(line);
    }

    // ---- DeviceContext ----

    @Override
    public GatewayModel model() {
        return model;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    /**
     * The status bus policy: a change is applied (and the panel derived) at once, but listeners and lamp
     * sinks hear of it only after the outermost update returns. A listener that updates the status in
     * turn queues its change behind the one being delivered, so every listener sees every change in the
     * order it happened — each {@code before} is the previous {@code after} — and never a change from
     * inside another's delivery.
     */
    @Override
    public void updateStatus(UnaryOperator<DeviceStatus> change) {
        DeviceStatus before = status;
        DeviceStatus after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        status = after;
        LampPanel old = panel;
        panel = LampDerivation.derive(model.family(), after);
        lampHistory.record(scheduler.clock().millis(), old, panel);
        undelivered.add(new Change(before, after, old, panel));
        if (delivering) {
            return; // the outermost update delivers it, after the change being delivered now
        }
        delivering = true;
        try {
            Change next;
            while ((next = undelivered.poll()) != null) {
                deliver(next);
            }
        } finally {
            delivering = false;
            undelivered.clear();
        }
    }

    private void deliver(Change c) {
        for (StatusListener l : statusListeners) {
            l.changed(c.before(), c.after());
        }
        if (!c.panelAfter().equals(c.panelBefore())) {
            for (LampSink s : sinks) {
                s.show(c.panelAfter());
            }
        }
    }

    /** One status change waiting to be delivered, with the panels derived from either side. */
    private record Change(DeviceStatus before, DeviceStatus after, LampPanel panelBefore, LampPanel panelAfter) {
    }

    @Override
    public void onStatus(StatusListener listener) {
        statusListeners.add(listener);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Path flashDir() {
        return flashDir;
    }

    @Override
    public <T extends DeviceFeature> Optional<T> feature(Class<T> type) {
        return features.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    // ---- what the outside sees ----

    public LampPanel panel() {
        return panel;
    }

    public LampHistory lampHistory() {
        return lampHistory;
    }

    @Override
    public DeviceLog log() {
        return log;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** What this box understands (its vocabulary and setting keys), for checking commands against it. */
    public DeviceDescription description() {
        return new DeviceDescription(model, vocabulary, settings);
    }

    /** Told when the INIT switch restores factory settings (e.g. the web UI's password goes back to user). */
    public void onFactoryReset(Runnable listener) {
        factoryResetListeners.add(listener);
    }

    public void addLampSink(LampSink sink) {
        sinks.add(sink);
        sink.show(panel);
    }

    /** Milliseconds since the last boot finished, or -1 when not running. */
    public long uptimeMillis() {
        return phase == Phase.RUNNING ? scheduler.clock().millis() - bootedAtMillis : -1;
    }

    public boolean running() {
        return phase == Phase.RUNNING;
    }

    // ---- the box's lifecycle ----

    /** The main power switch on (also leaves standby, guide 4384, 4343–4346). */
    public void powerOn() {
        if (phase != Phase.OFF && phase != Phase.STANDBY) {
            return;
        }
        boot();
    }

    /**
     * Power on a unit still in its factory state, as it leaves the factory: "工場出荷時に電源を入れるとこの
     * 状態となる" (guide 4392, 4699). How a family unit (no INIT switch, guide 4645–4669) gets there.
     */
    public void powerOnInFactoryState() {
        if (phase != Phase.OFF) {
            return;
        }
        settings.factoryReset();
        factoryState.set(true);
        powerOn();
    }

    /** The main power switch off, or the mains lost: nothing is saved or said. */
    public void powerOff() {
        if (phase == Phase.OFF) {
            return;
        }
        boolean wasRunning = phase == Phase.RUNNING;
        phase = Phase.OFF;
        bootGeneration++;
        cancelShutdownHold();
        if (wasRunning) {
            shutdownFeatures(false);
        }
        log.info("power off");
        HardwareFaults.clearedByPowerCycle(this);
        updateStatus(s -> s.with(b -> {
            b.power = PowerState.OFF;
            b.flashAccess = false;
        }));
    }

    /** An orderly restart (web UI, scenario {@code reboot}, firmware apply). */
    public void reboot() {
        if (phase == Phase.OFF || phase == Phase.STANDBY) {
            return;
        }
        log.info("reboot");
        if (phase == Phase.RUNNING) {
            shutdownFeatures(true);
        }
        bootGeneration++;
        boot();
    }

    /** SIGTERM in live/headless mode: say goodbye (un-REGISTER, PADT), save the log, stop. */
    public void shutdownOrderly() {
        if (phase == Phase.RUNNING) {
            shutdownFeatures(true);
        }
        saveLog();
        phase = Phase.OFF;
        bootGeneration++;
        updateStatus(s -> s.with(b -> b.power = PowerState.OFF));
    }

    /**
     * Discards the device: every feature closes its edges (threads, sockets, processes, files), in the
     * reverse of the assembly order. Call it after the box went down ({@link #shutdownOrderly} or
     * {@link #powerOff}); a second call does nothing. A feature that fails to close is logged and the
     * others still close.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = features.size() - 1; i >= 0; i--) {
            DeviceFeature f = features.get(i);
            try {
                f.close();
            } catch (RuntimeException e) {
                log.warn("closing " + f.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    /**
     * Features go down in the reverse of their assembly order, as stacks are taken down: SIP says
     * goodbye (un-REGISTER) while the PPPoE session and the WAN that carry it are still there.
     */
    private void shutdownFeatures(boolean orderly) {
        for (int i = features.size() - 1; i >= 0; i--) {
            features.get(i).onShutdown(orderly);
        }
    }

    private void boot() {
        long gen = ++bootGeneration;
        phase = Phase.BOOTING;
        BootLoader.BootChoice choice = bootLoader.beginBoot(log);
        log.info("boot (firmware " + choice.running() + ")");
        updateStatus(s -> s.with(b -> {
            b.power = PowerState.BOOTING;
            b.factoryDefaults = false;
            b.flashAccess = false;
            b.firmware = new FirmwareStatus(choice.running(), choice.pending(), false);
        }));
        scheduler.schedule(BOOT_TIME, () -> {
            if (gen != bootGeneration) {
                return;
            }
            if (status.firmware().downloaded() != null) {
                updateFirmware(gen);
            } else {
                bootDone();
            }
        });
    }

    /**
     * The update restart (INIT blinking): at its end the boot loader makes the waiting image the one that
     * runs, and the box restarts into it. A power cut before then leaves the old firmware running and the
     * image waiting: the next boot tries again.
     */
    private void updateFirmware(long gen) {
        phase = Phase.UPDATING;
        String next = status.firmware().downloaded();
        log.info("applying firmware " + next);
        updateStatus(s -> s.with(b -> b.firmware = new FirmwareStatus(s.firmware().running(), next, true)));
        scheduler.schedule(FIRMWARE_UPDATE_TIME, () -> {
            if (gen != bootGeneration) {
                return;
            }
            bootLoader.applyPending(log).ifPresent(v -> log.info("firmware " + v + " applied; restarting into it"));
            boot();
        });
    }

    private void bootDone() {
        phase = Phase.RUNNING;
        bootedAtMillis = scheduler.clock().millis();
        log.info("running");
        bootLoader.reachedRunning(log);
        updateStatus(s -> s.with(b -> {
            b.power = runningPower();
            b.flashAccess = false;
            b.factoryDefaults = factoryState.isFactory();
        }));
        features.forEach(DeviceFeature::onBoot);
    }

    private PowerState runningPower() {
        if (powerAnomaly) {
            return PowerState.ANOMALY;
        }
        return EcoMode.enabled(this) ? PowerState.ECO : PowerState.ON;
    }

    /** Re-derives the running power state after an eco or anomaly change. */
    void refreshPower() {
        if (phase == Phase.RUNNING) {
            updateStatus(s -> s.with(b -> b.power = runningPower()));
        }
    }

    void setPowerAnomaly(boolean on) {
        powerAnomaly = on;
        refreshPower();
    }

    /** The INIT switch: factory reset (guide 4330–4333), then the box restarts in factory state. */
    public void pressInit() {
        if (phase == Phase.OFF || phase == Phase.STANDBY) {
            return;
        }
        log.warn("INIT switch: restoring factory settings");
        settings.factoryReset();
        factoryState.set(true);
        factoryResetListeners.forEach(Runnable::run);
        HardwareFaults.clearedByFactoryReset(this);
        reboot();
    }

    /** The Ⅷ shutdown switch pressed down; held {@link #SHUTDOWN_HOLD} it shuts the box down. */
    public void shutdownSwitchDown() {
        if (phase != Phase.RUNNING && phase != Phase.BOOTING) {
            return;
        }
        cancelShutdownHold();
        long gen = bootGeneration;
        shutdownHold = scheduler.schedule(SHUTDOWN_HOLD, () -> {
            if (gen == bootGeneration) {
                shutdownBySwitch();
            }
        });
    }

    /** The shutdown switch released: a press shorter than 3 s does nothing. */
    public void shutdownSwitchUp() {
        cancelShutdownHold();
    }

    private void cancelShutdownHold() {
        if (shutdownHold != null) {
            shutdownHold.cancel();
            shutdownHold = null;
        }
    }

    private void shutdownBySwitch() {
        boolean wasRunning = phase == Phase.RUNNING;
        phase = Phase.SHUTTING_DOWN;
        long gen = ++bootGeneration;
        log.info("shutdown switch held: saving the log, then standby");
        if (wasRunning) {
            shutdownFeatures(true);
        }
        updateStatus(s -> s.with(b -> b.power = PowerState.SHUTTING_DOWN));
        scheduler.schedule(SHUTDOWN_SAVE_TIME, () -> {
            if (gen != bootGeneration) {
                return;
            }
            saveLog();
            phase = Phase.STANDBY;
            updateStatus(s -> s.with(b -> b.power = PowerState.STANDBY));
        });
    }

    private void saveLog() {
        if (flashDir == null) {
            return;
        }
        try {
            Path f = log.saveTo(flashDir);
            log.info("log saved to " + f.getFileName());
        } catch (IOException e) {
            log.warn("could not save the log to flash: " + e.getMessage());
        }
    }

    /** Changes settings as a user would; all or nothing. */
    public List<SettingError> set(Map<String, String> changes) {
        return settings.apply(new LinkedHashMap<>(changes));
    }

    private void settingsChanged(Collection<String> keys) {
        if (!keys.isEmpty() && factoryState.isFactory() && settings.anyUserValue()) {
            // configured again: the box leaves factory state (guide 4392–4394: レンタル端末利用時には端末設定情報等を入れる)
            factoryState.set(false);
            updateStatus(s -> s.with(b -> b.factoryDefaults = false));
        }
        if (phase == Phase.RUNNING) {
            refreshPower();
            features.forEach(f -> f.onSettingsChanged(keys));
        }
    }

    /** For flash-backed devices: where the settings file is (tests check atomic saves). */
    public Optional<Path> settingsFile() {
        return flashDir == null ? Optional.empty() : Optional.of(flashDir.resolve("settings.json"));
    }

}
