package org.voipgw.hal.line.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.voipgw.hal.line.LineInterface;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.time.Scheduler;

/**
 * A simulated FXS line: the phone side sets the hook ({@link #phoneHook}), the device side rings,
 * reverses polarity and exchanges PCM every 20 ms on the scheduler. PCM runs only while the line logic
 * has started it, so idle lines cost nothing in long virtual-time runs.
 */
public final class SimulatedLineInterface implements LineInterface {
    /**
     * How far the ticks may stray from the line's own PCM clock before it starts again from them: 200 ms (our
     * choice: the periodic timer's own catch-up bound, 10 frames; see hal's PeriodicTimer.MAX_CATCH_UP_MILLIS).
     */
    static final long RESYNC_MILLIS = 200;
    /** How many signal changes are kept for inspection (older ones are dropped). */
    static final int SIGNAL_HISTORY = 4096;

    /** Sees every exchanged frame both ways (for WAV capture). */
    @FunctionalInterface
    public interface FrameTap {
        void frame(long atMillis, short[] toPhone, short[] fromPhone);
    }

    private static final PhoneEnd NO_PHONE = new PhoneEnd() {
        @Override
        public short[] speak() {
            return Pcm.silentFrame();
        }

        @Override
        public void hear(long atMillis, short[] toPhone) {
            // nothing is plugged in
        }
    };

    private final Scheduler scheduler;
    private final Deque<LineSignal> signals = new ArrayDeque<>();
    private final List<FrameTap> taps = new ArrayList<>();
    private HookListener hookListener = offHook -> { };
    private PhoneEnd phone = NO_PHONE;
    private boolean offHook;
    private boolean ringing;
    private int ringFrequencyHz;
    private Polarity polarity = Polarity.NORMAL;
    private PcmExchange exchange;
    private Scheduler.Timer pcmTimer;
    private long pcmStartMillis;
    private long pcmFrames;

    public SimulatedLineInterface(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Plugs a phone into the line (replacing any earlier one). */
    public void attach(PhoneEnd phoneEnd) {
        this.phone = phoneEnd == null ? NO_PHONE : phoneEnd;
    }

    public void tap(FrameTap tap) {
        taps.add(tap);
    }

    /** The phone's hook switch: loop current starts ({@code true}) or stops. */
    public void phoneHook(boolean nowOffHook) {
        if (nowOffHook != offHook) {
            offHook = nowOffHook;
            hookListener.hookChanged(nowOffHook);
        }
    }

    /** The ring frequency last applied (0 before any ringing). */
    public int ringFrequencyHz() {
        return ringFrequencyHz;
    }

    /** The recorded changes, oldest first. */
    public List<LineSignal> signals() {
        return List.copyOf(signals);
    }

    public boolean pcmRunning() {
        return exchange != null;
    }

    @Override
    public void listen(HookListener listener) {
        this.hookListener = listener == null ? offHook -> { } : listener;
    }

    @Override
    public boolean offHook() {
        return offHook;
    }

    @Override
    public void ringOn(int frequencyHz) {
        if (frequencyHz <= 0) {
            throw new IllegalArgumentException("ring frequency must be positive, got " + frequencyHz + " Hz");
        }
        ringFrequencyHz = frequencyHz;
        if (!ringing) {
            ringing = true;
            record(LineSignal.Kind.RING_ON);
            phone.ringChanged(scheduler.clock().millis(), true);
        }
    }

    @Override
    public void ringOff() {
        if (ringing) {
            ringing = false;
            record(LineSignal.Kind.RING_OFF);
            phone.ringChanged(scheduler.clock().millis(), false);
        }
    }

    @Override
    public boolean ringing() {
        return ringing;
    }

    @Override
    public void polarity(Polarity next) {
        if (next != polarity) {
            polarity = next;
            record(next == Polarity.NORMAL ? LineSignal.Kind.POLARITY_NORMAL : LineSignal.Kind.POLARITY_REVERSED);
        }
    }

    @Override
    public Polarity polarity() {
        return polarity;
    }

    @Override
    public void startPcm(PcmExchange pcmExchange) {
        boolean wasRunning = exchange != null;
        exchange = pcmExchange;
        if (!wasRunning) {
            pcmStartMillis = scheduler.clock().millis();
            pcmFrames = 0;
            record(LineSignal.Kind.PCM_ON);
            pcmTimer = scheduler.every(Duration.ofMillis(Pcm.FRAME_MILLIS), this::tick);
        }
    }

    @Override
    public void stopPcm() {
        if (exchange != null) {
            exchange = null;
            pcmTimer.cancel();
            pcmTimer = null;
            record(LineSignal.Kind.PCM_OFF);
        }
    }

    private void tick() {
        PcmExchange current = exchange;
        if (current == null) {
            return;
        }
        long frameStart = nextFrameStart();
        short[] fromPhone = Pcm.checkFrame(phone.speak());
        short[] toPhone = Pcm.checkFrame(current.exchange(fromPhone));
        phone.hear(frameStart, toPhone);
        for (FrameTap tap : taps) {
            tap.frame(frameStart, toPhone, fromPhone);
        }
    }

    /**
     * Where the frame now exchanged starts on the line's own 8 kHz clock: {@link Pcm#FRAME_MILLIS} after the
     * previous one, not when the tick happened to run. A real SLIC's PCM highway is clocked the same way; under a
     * real-time scheduler a tick runs a little late or early, and stamping frames by the tick would leave gaps
     * and overlaps in what the phone hears. Only when the ticks stopped for longer than {@link #RESYNC_MILLIS}
     * (a stall) does the clock start again from the tick.
     */
    private long nextFrameStart() {
        long byTick = scheduler.clock().millis() - Pcm.FRAME_MILLIS;
        long byClock = pcmStartMillis + pcmFrames * Pcm.FRAME_MILLIS;
        if (Math.abs(byTick - byClock) > RESYNC_MILLIS) {
            pcmStartMillis = byTick - pcmFrames * Pcm.FRAME_MILLIS;
            byClock = byTick;
        }
        pcmFrames++;
        return byClock;
    }

    private void record(LineSignal.Kind kind) {
        if (signals.size() == SIGNAL_HISTORY) {
            signals.removeFirst();
        }
        signals.addLast(new LineSignal(scheduler.clock().millis(), kind));
    }
}
