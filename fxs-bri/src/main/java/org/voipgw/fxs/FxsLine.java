package org.voipgw.fxs;

import java.time.Duration;
import org.voipgw.hal.line.LineInterface;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.time.Scheduler;

/**
 * One FXS port behaving like a Japanese exchange line toward its phone (issue 11): dial tone, digit
 * collection (DTMF and pulse), ringback and busy, ringing with ナンバー・ディスプレイ, talking, FAX, hook flash.
 * Its states are {@link LineState}; the call core drives it with {@link #offer}, {@link #farRinging},
 * {@link #farAnswered}, {@link #farBusy}, {@link #farHungUp}, {@link #fax} and hears from it through
 * {@link FxsLineEvents}; the call's media bridges {@link #audio()} (gains, echo canceller, FAX detection)
 * while the phone talks. The line's own signals (tones, DTMF detection, caller ID) come from its
 * {@link LineSignalling}. A call-core message that does not fit the state (a race with the phone hanging
 * up) is ignored.
 *
 * <p>Runs on the device's event loop: every method, timer and hook event on one thread.
 */
public final class FxsLine {
    private final int port;
    private final Scheduler scheduler;
    private final LineInterface line;
    private final LineSignalling signalling;
    private final FxsLineEvents events;
    private final CallerIdTiming callerIdTiming;
    private final HookSignalDecoder hook;
    private final Ringer ringer;
    private FxsPortSettings settings;
    private LineState state = LineState.IDLE;
    private DigitCollector collector;
    private Scheduler.Timer timer;
    private AudioStream toPhone = AudioStream.SILENCE;
    private final PortAudio audio = new PortAudio(this::fax);
    private CallerIdentity caller;
    private boolean pcmRunning;
    private String lastNumber = "";
    private String lastDialled = "";
    private boolean inService = true;

    public FxsLine(int port, Scheduler scheduler, LineInterface line, FxsPortSettings settings, LineSignalling signalling,
            FxsLineEvents events) {
        this(port, scheduler, line, settings, signalling, events, HookTiming.DEFAULT, CallerIdTiming.DEFAULT);
    }

    public FxsLine(int port, Scheduler scheduler, LineInterface line, FxsPortSettings settings, LineSignalling signalling,
            FxsLineEvents events, HookTiming hookTiming, CallerIdTiming callerIdTiming) {
        if (port < 1) {
            throw new IllegalArgumentException("FXS ports are numbered from 1, got " + port);
        }
        this.port = port;
        this.scheduler = scheduler;
        this.line = line;
        this.settings = settings;
        this.signalling = signalling;
        this.events = events;
        this.callerIdTiming = callerIdTiming;
        this.ringer = new Ringer(scheduler, line);
        this.hook = new HookSignalDecoder(scheduler, hookTiming, new HookSignalDecoder.Listener() {
            @Override
            public void offHook() {
                phoneOffHook();
            }

            @Override
            public void onHook() {
                phoneOnHook();
            }

            @Override
            public void flash() {
                phoneFlash();
            }

            @Override
            public void pulseDigit(char digit) {
                if (collecting()) {
                    digit(digit);
                }
            }
        });
        HookDebouncer debouncer = new HookDebouncer(scheduler, hookTiming.debounce(), hook::settled);
        line.listen(debouncer::raw);
        line.polarity(Polarity.NORMAL);
    }

    public int port() {
        return port;
    }

    public LineState state() {
        return state;
    }

    /** The last number dialled on this port or the last caller offered to it (the web UI's "last number"). */
    public String lastNumber() {
        return lastNumber;
    }

    /**
     * What the line collected at the last dialling: the number sent (184/186 taken off; see
     * {@link DialledNumber#presentation()}), or the digits of an invalid attempt; empty before any.
     */
    public String lastDialled() {
        return lastDialled;
    }

    /** The port's talk path toward the call core: bridge it to the call's media (see {@link LineAudio}). */
    public LineAudio audio() {
        return audio;
    }

    public FxsPortSettings settings() {
        return settings;
    }

    /**
     * Whether the line can place calls now. Out of service (the box lost its SIP registration, guide 4579–4583:
     * the trunk behind the line is dead) a phone going off-hook hears busy tone instead of dial tone, as an
     * exchange line does when no call can be placed; calls already up are not touched.
     */
    public void inService(boolean now) {
        inService = now;
    }

    public boolean inService() {
        return inService;
    }

    /**
     * The box lost power or restarts: its line circuit stops ringing and exchanging PCM, and no timer of
     * this line runs again. The line is not used after this (the next boot makes new ones); without it a
     * call up at a power cut went on ticking its audio every 20 ms for ever in a simulation (the soak).
     */
    public void powerLost() {
        cancelTimer();
        ringer.stop();
        if (pcmRunning) {
            line.stopPcm();
            pcmRunning = false;
        }
    }

    /** New settings take effect from the next dialling or incoming call. */
    public void settings(FxsPortSettings next) {
        this.settings = next;
    }

    // ---- the call core's side ----

    /**
     * Offers an incoming call: caller ID first when the port has it on, then normal ringing. Once the phone
     * answers ({@link FxsLineEvents#answered}), {@link #audio()} carries the call.
     *
     * @return false when the port is in use (the caller hunts on or gets busy)
     */
    public boolean offer(CallerIdentity from) {
        if (state != LineState.IDLE) {
            return false;
        }
        caller = from;
        lastNumber = from.number();
        if (settings.callerId()) {
            enter(LineState.CALLER_ID_CAR);
            ringer.start(RingCadence.CAR);
            arm(callerIdTiming.primaryResponseWait(), () -> {
                if (state == LineState.CALLER_ID_CAR) {
                    startRinging(); // no primary response: a phone without ナンバー・ディスプレイ just rings
                }
            });
        } else {
            startRinging();
        }
        return true;
    }

    /** The far end rings (SIP 180): ringback tone. */
    public void farRinging() {
        if (state == LineState.CALLING) {
            enter(LineState.RINGBACK);
        }
    }

    /** The far end answered (SIP 200): connect the phone to {@link #audio()}, reversing polarity if set. */
    public void farAnswered() {
        if (state == LineState.CALLING || state == LineState.RINGBACK) {
            cancelTimer();
            audio.reset();
            if (settings.polarityReversal()) {
                line.polarity(Polarity.REVERSED);
            }
            enter(LineState.TALKING);
        }
    }

    /** The far end is busy or refused the call: busy tone. */
    public void farBusy() {
        if (state == LineState.CALLING || state == LineState.RINGBACK) {
            busy();
        }
    }

    /**
     * The far end went away: during a call the phone hears busy tone (終話) and the polarity returns to
     * normal; an incoming call still being offered is withdrawn.
     */
    public void farHungUp() {
        switch (state) {
            case CALLING, RINGBACK, TALKING, FAX -> busy();
            case CALLER_ID_CAR, RINGING -> toIdle();
            case CALLER_ID_DATA, CALLER_ID_RELEASE -> busy(); // the phone is off-hook for its primary response
            default -> {
                // nothing to end
            }
        }
    }

    /**
     * FAX tones were seen on the call (by the line's own detectors, or by the call core): the port shows FAX
     * and its audio path drops the echo canceller and asks for a fixed jitter buffer.
     */
    public void fax() {
        if (state == LineState.TALKING) {
            audio.switchToFax();
            enter(LineState.FAX);
        }
    }

    // ---- the phone's side ----

    private void phoneOffHook() {
        switch (state) {
            case IDLE -> {
                if (inService) {
                    startDialTone();
                } else {
                    busy();
                }
            }
            case CALLER_ID_CAR -> {
                ringer.stop();
                enter(LineState.CALLER_ID_DATA); // the primary response (一次応答)
                arm(callerIdTiming.dataDelay(), () -> toPhone = signalling.callerId().message(caller));
            }
            case RINGING -> answer();
            default -> {
                // already off-hook
            }
        }
    }

    private void phoneOnHook() {
        switch (state) {
            case CALLER_ID_DATA, CALLER_ID_RELEASE -> startRinging(); // the primary response released
            case CALLING, RINGBACK, TALKING, FAX -> {
                toIdle();
                events.hungUp(port);
            }
            default -> toIdle();
        }
    }

    private void phoneFlash() {
        switch (state) {
            case DIAL_TONE, DIALLING, BUSY -> {
                if (inService) {
                    startDialTone();
                }
            }
            case TALKING, FAX -> events.flash(port);
            default -> {
                // a flash while placing a call or during caller ID means nothing
            }
        }
    }

    private boolean collecting() {
        return state == LineState.DIAL_TONE || state == LineState.DIALLING;
    }

    private void digit(char digit) {
        cancelTimer();
        handle(collector.digit(digit));
    }

    private void handle(DigitCollector.Outcome outcome) {
        switch (outcome) {
            case DigitCollector.Outcome.Collecting c -> {
                enter(LineState.DIALLING); // the dial tone stops at the first digit, as exchanges do
                if (c.timerRuns()) {
                    arm(DigitCollector.INTER_DIGIT_TIMEOUT, () -> handle(collector.timeout()));
                }
            }
            case DigitCollector.Outcome.Complete c -> {
                lastNumber = c.number().digits();
                lastDialled = lastNumber;
                enter(LineState.CALLING);
                events.dialled(port, c.number());
            }
            case DigitCollector.Outcome.Invalid i -> {
                lastDialled = i.digits();
                busy();
            }
        }
    }

    private void startDialTone() {
        cancelTimer();
        collector = new DigitCollector(settings.digitMap());
        signalling.digits().reset();
        enter(LineState.DIAL_TONE);
        arm(DigitCollector.FIRST_DIGIT_TIMEOUT, this::busy);
    }

    private void startRinging() {
        cancelTimer();
        enter(LineState.RINGING);
        ringer.start(RingCadence.NORMAL);
    }

    private void answer() {
        cancelTimer();
        ringer.stop();
        audio.reset();
        enter(LineState.TALKING);
        events.answered(port);
    }

    private void busy() {
        cancelTimer();
        ringer.stop();
        line.polarity(Polarity.NORMAL);
        enter(LineState.BUSY);
    }

    private void toIdle() {
        cancelTimer();
        ringer.stop();
        caller = null;
        line.polarity(Polarity.NORMAL);
        enter(LineState.IDLE);
    }

    private void enter(LineState next) {
        LineState previous = state;
        state = next;
        toPhone = switch (next) {
            case DIAL_TONE -> signalling.tones().tone(ProgressTone.DIAL);
            case RINGBACK -> signalling.tones().tone(ProgressTone.RINGBACK);
            case BUSY -> signalling.tones().tone(ProgressTone.BUSY);
            default -> AudioStream.SILENCE;
        };
        boolean needsPcm = next != LineState.IDLE && next != LineState.CALLER_ID_CAR && next != LineState.RINGING;
        if (needsPcm && !pcmRunning) {
            line.startPcm(this::exchange);
        } else if (!needsPcm && pcmRunning) {
            line.stopPcm();
        }
        pcmRunning = needsPcm;
        if (previous != next) {
            events.stateChanged(port, next);
        }
    }

    /** The 20 ms PCM exchange with the phone. */
    private short[] exchange(short[] fromPhone) {
        if (collecting()) {
            // DTMF is read as it arrives on the line, before the send gain: the detector's −30 dBm0 floor
            // then applies to what the phone sent, not to 4 dB less
            signalling.digits().detect(fromPhone).ifPresent(this::digit);
        }
        if (state == LineState.TALKING || state == LineState.FAX) {
            return audio.exchange(fromPhone);
        }
        short[] out = Pcm.silentFrame();
        boolean more = toPhone.read(out);
        if (!more && state == LineState.CALLER_ID_DATA) {
            enter(LineState.CALLER_ID_RELEASE);
            arm(callerIdTiming.releaseWait(), this::answer); // still off-hook: a person picked up during CAR
        }
        return out;
    }

    private void arm(Duration delay, Runnable task) {
        cancelTimer();
        timer = scheduler.schedule(delay, task);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
