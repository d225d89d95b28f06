package org.voipgw.fxs.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.voipgw.fxs.AudioStream;
import org.voipgw.fxs.CallerIdentity;
import org.voipgw.fxs.RingCadence;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.line.sim.PhoneEnd;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.media.dtmf.DtmfGenerator;

/**
 * A phone (or FAX machine) on a simulated FXS line, for the scenario words of issue 11: it lifts and
 * replaces its handset, flashes, dials by DTMF or by pulses (making the hook timing itself), sends
 * samples or a tone, and records what it hears. When it has ナンバー・ディスプレイ it answers the CAR signal
 * with its primary response, receives the caller-ID data, and goes back on-hook to ring.
 */
public final class SimulatedPhone implements PhoneEnd {
    /** A DTMF key sounds as long as media's generator makes it (100 ms, chosen there within 別表第3号). */
    public static final Duration DTMF_TONE = Duration.ofMillis(DtmfGenerator.DEFAULT.toneMs());
    /** The silence after each key (100 ms, media's generator). */
    public static final Duration DTMF_PAUSE = Duration.ofMillis(DtmfGenerator.DEFAULT.pauseMs());
    /** The phone's flash: a 300 ms break (our choice, inside the line's 100–1,000 ms flash window). */
    public static final Duration FLASH_BREAK = Duration.ofMillis(300);
    /** A ringing burst this short or shorter is the CAR signal (0.5 s), not normal ringing (1 s): 700 ms. */
    static final Duration CAR_BURST_MAX = Duration.ofMillis(700);
    /**
     * A burst shorter than 400 ms is not CAR either (CAR's 0.5 s less 20 %, the tolerance 別表第4号 gives the
     * ringing cadence): it is a ring the line cut short when the caller gave up, which the phone must not
     * answer with a primary response.
     */
    static final Duration CAR_BURST_MIN = Duration.ofMillis(400);
    /** How long the phone listens for caller-ID data before going back on-hook anyway: 5 s (our choice). */
    public static final Duration CALLER_ID_LISTEN = Duration.ofSeconds(5);
    /** How much of what it heard the phone remembers: 30 s. */
    static final Duration EARPIECE_MEMORY = Duration.ofSeconds(30);

    private record Heard(long atMillis, short[] samples) {
    }

    private static final class Segment {
        final AudioStream stream;
        int framesLeft;

        Segment(AudioStream stream, int frames) {
            this.stream = stream;
            this.framesLeft = frames;
        }
    }

    private final int port;
    private final Scheduler scheduler;
    private final SimulatedLineInterface line;
    private final PhoneSignals signals;
    private final CallerIdReceiver callerIdReceiver;
    private final boolean numberDisplay;
    private final Deque<Segment> microphone = new ArrayDeque<>();
    private final Deque<Heard> earpiece = new ArrayDeque<>();
    private final List<Scheduler.Timer> hookPlan = new ArrayList<>();
    private AudioStream background = AudioStream.SILENCE;
    private boolean handsetLifted;
    private boolean primaryResponse;
    private long hookFreeAt;
    private long ringOnAt = -1;
    private long ringOffAt = -1;
    private Scheduler.Timer callerIdGiveUp;
    private CallerIdentity callerId;

    /**
     * A phone on {@code line}, plugged in at once.
     *
     * @param callerIdReceiver its ナンバー・ディスプレイ receiver, or {@code null} for a phone without one
     */
    public SimulatedPhone(int port, Scheduler scheduler, SimulatedLineInterface line, PhoneSignals signals,
            CallerIdReceiver callerIdReceiver) {
        this.port = port;
        this.scheduler = scheduler;
        this.line = line;
        this.signals = signals;
        this.callerIdReceiver = callerIdReceiver;
        this.numberDisplay = callerIdReceiver != null;
        line.attach(this);
    }

    public int port() {
        return port;
    }

    // ---- actions ----

    /** Lifts the handset ({@code phone N offhook}). */
    public void offHook() {
        handsetLifted = true;
        cancelCallerIdListening();
        line.phoneHook(true);
    }

    /** Replaces the handset ({@code phone N onhook}); anything still being dialled is dropped. */
    public void onHook() {
        handsetLifted = false;
        primaryResponse = false;
        cancelCallerIdListening();
        hookPlan.forEach(Scheduler.Timer::cancel);
        hookPlan.clear();
        microphone.clear();
        hookFreeAt = now();
        line.phoneHook(false);
    }

    /** A hook flash ({@code phone N flash}): a {@link #FLASH_BREAK} break. */
    public void flash() {
        requireOffHook("flash");
        long t = Math.max(0, hookFreeAt - now());
        planHook(t, false);
        planHook(t + FLASH_BREAK.toMillis(), true);
        // leave the line time to recognise the flash before anything else is dialled
        hookFreeAt = now() + t + FLASH_BREAK.toMillis() + 300;
    }

    /** Dials {@code digits} by DTMF ({@code phone N dial DIGITS}). */
    public void dialTones(String digits) {
        requireOffHook("dial");
        checkDigits(digits, "0123456789*#ABCDabcd");
        long wait = hookFreeAt - now();
        if (wait > 0) {
            microphone.add(new Segment(AudioStream.SILENCE, frames(Duration.ofMillis(wait))));
        }
        for (char d : digits.toCharArray()) {
            microphone.add(new Segment(signals.dtmf(Character.toUpperCase(d)), frames(DTMF_TONE)));
            microphone.add(new Segment(AudioStream.SILENCE, frames(DTMF_PAUSE)));
        }
    }

    /** Dials {@code digits} by pulses ({@code phone N dial DIGITS pulse}), making the break/make timing itself. */
    public void dialPulses(String digits, PulseDialing how) {
        requireOffHook("dial");
        checkDigits(digits, "0123456789");
        long t = Math.max(0, hookFreeAt - now());
        for (char d : digits.toCharArray()) {
            int pulses = d == '0' ? 10 : d - '0'; // 0 is ten pulses (端末設備等規則 別表第一号 第1)
            for (int i = 0; i < pulses; i++) {
                planHook(t, false);
                t += how.breakMillis();
                planHook(t, true);
                t += i == pulses - 1 ? how.pause().toMillis() : how.makeMillis();
            }
        }
        hookFreeAt = now() + t;
    }

    /** Sends these samples (8 kHz) after anything queued ({@code phone N play FILE.wav}). */
    public void play(short[] samples) {
        int frames = (samples.length + Pcm.FRAME_SAMPLES - 1) / Pcm.FRAME_SAMPLES;
        microphone.add(new Segment(AudioStream.of(samples), frames));
    }

    /** Sends a continuous sine ({@code phone N tone HZ}); {@code hz <= 0} stops it ({@code phone N tone off}). */
    public void tone(double hz) {
        background = hz > 0 ? signals.sine(hz) : AudioStream.SILENCE;
    }

    // ---- what the phone knows ----

    /** The user's handset is lifted. */
    public boolean handsetLifted() {
        return handsetLifted;
    }

    /** Ringing voltage is on the line now. */
    public boolean ringingVoltage() {
        return line.ringing();
    }

    /**
     * The bell is in a ringing cycle: voltage now, or the handset is down and the voltage went off less
     * than one normal-cadence pause (2 s, {@link RingCadence#NORMAL}) + 100 ms ago.
     */
    public boolean bellRinging() {
        if (line.ringing()) {
            return true;
        }
        return !handsetLifted && !primaryResponse && ringOffAt >= 0
                && now() - ringOffAt <= RingCadence.NORMAL.off().toMillis() + 100 && ringOffAt - ringOnAt > CAR_BURST_MAX.toMillis();
    }

    /** The caller shown on the display for the latest call, if the data arrived. */
    public Optional<CallerIdentity> callerId() {
        return Optional.ofNullable(callerId);
    }

    /**
     * The last {@code window} of what the phone heard, ending now, or with the latest frame heard while the
     * line's PCM runs (the frame in flight is not yet heard, and must not count as silence); silence where the
     * line sent nothing.
     */
    public short[] heard(Duration window) {
        long end = now();
        Heard latest = earpiece.peekLast();
        if (latest != null) {
            long latestEnd = latest.atMillis() + Pcm.FRAME_MILLIS;
            if (latestEnd <= end && end - latestEnd < Pcm.FRAME_MILLIS) {
                end = latestEnd;
            }
        }
        long start = end - window.toMillis();
        short[] out = new short[(int) (window.toMillis() * Pcm.SAMPLE_RATE / 1000)];
        for (Heard h : earpiece) {
            long offset = (h.atMillis() - start) * Pcm.SAMPLE_RATE / 1000;
            for (int i = 0; i < h.samples().length; i++) {
                long at = offset + i;
                if (at >= 0 && at < out.length) {
                    out[(int) at] = h.samples()[i];
                }
            }
        }
        return out;
    }

    // ---- the wire ----

    @Override
    public short[] speak() {
        short[] frame = Pcm.silentFrame();
        Segment s = microphone.peek();
        if (s != null) {
            s.stream.read(frame);
            if (--s.framesLeft <= 0) {
                microphone.poll();
            }
        } else {
            background.read(frame);
        }
        return frame;
    }

    @Override
    public void hear(long atMillis, short[] toPhone) {
        earpiece.addLast(new Heard(atMillis, toPhone.clone()));
        while (!earpiece.isEmpty() && earpiece.peekFirst().atMillis() < atMillis - EARPIECE_MEMORY.toMillis()) {
            earpiece.removeFirst();
        }
        if (primaryResponse && callerIdReceiver != null) {
            callerIdReceiver.receive(toPhone).ifPresent(id -> {
                callerId = id;
                releasePrimaryResponse();
            });
        }
    }

    @Override
    public void ringChanged(long atMillis, boolean on) {
        if (on) {
            ringOnAt = atMillis;
            return;
        }
        ringOffAt = atMillis;
        long burst = atMillis - ringOnAt;
        boolean carBurst = ringOnAt >= 0 && burst >= CAR_BURST_MIN.toMillis() && burst <= CAR_BURST_MAX.toMillis();
        if (carBurst && numberDisplay && !handsetLifted && !primaryResponse) {
            // the CAR signal: answer it with the primary response (一次応答) and listen for the data
            primaryResponse = true;
            callerId = null;
            callerIdReceiver.reset();
            line.phoneHook(true);
            callerIdGiveUp = scheduler.schedule(CALLER_ID_LISTEN, this::releasePrimaryResponse);
        }
    }

    private void releasePrimaryResponse() {
        cancelCallerIdListening();
        if (primaryResponse) {
            primaryResponse = false;
            if (!handsetLifted) {
                line.phoneHook(false);
            }
        }
    }

    private void cancelCallerIdListening() {
        if (callerIdGiveUp != null) {
            callerIdGiveUp.cancel();
            callerIdGiveUp = null;
        }
        if (handsetLifted) {
            primaryResponse = false; // the user picked up: the line treats it as an answer
        }
    }

    private void planHook(long delayMillis, boolean offHook) {
        hookPlan.add(scheduler.schedule(Duration.ofMillis(delayMillis), () -> line.phoneHook(offHook)));
        hookPlan.removeIf(Scheduler.Timer::isCancelled);
    }

    private void requireOffHook(String what) {
        if (!handsetLifted) {
            throw new IllegalStateException("phone " + port + " は受話器が置かれています: 先に phone " + port + " offhook"
                    + " (phone " + port + " is on-hook: lift it first to " + what + ")");
        }
    }

    private void checkDigits(String digits, String valid) {
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("phone " + port + ": ダイヤルする数字がありません (nothing to dial; valid: " + valid + ")");
        }
        for (char c : digits.toCharArray()) {
            if (valid.indexOf(c) < 0) {
                throw new IllegalArgumentException("phone " + port + ": ダイヤルできない文字 '" + c + "' (cannot dial '" + c
                        + "'; valid: " + valid + ")");
            }
        }
    }

    private long now() {
        return scheduler.clock().millis();
    }

    private static int frames(Duration d) {
        return (int) Math.max(1, (d.toMillis() + Pcm.FRAME_MILLIS - 1) / Pcm.FRAME_MILLIS);
    }
}
