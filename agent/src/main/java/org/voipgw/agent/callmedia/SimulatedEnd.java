package org.voipgw.agent.callmedia;

import java.util.Arrays;
import org.voipgw.hal.time.Clock;
import org.voipgw.media.tone.SineOscillator;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;

/**
 * A simulated end of a call's audio — the simulated PBX's B channel, or a far end's phone: it plays a sine
 * when told ({@code pbx.tone PORT HZ|off}, {@code far.tone NUMBER HZ|off}) and records what it hears, which
 * {@code expect tone …} judges with the media module's analyser.
 */
public final class SimulatedEnd implements AudioPath {
    /** The level a simulated end plays at. Chosen: −10 dBm0, a talker's level on a line. */
    public static final double LEVEL_DBM0 = -10;

    /** A verdict is reused for this long: judging 6 s of audio at every 20 ms tick would be waste. Chosen. */
    private static final long JUDGE_EVERY_MS = 100;
    /** The analyser needs 10 ms of audio at least. */
    private static final int MIN_SAMPLES = 80;

    private final Clock clock;
    private final Recording heard;
    private SineOscillator tone;
    private String judgedWord;
    private String verdict;
    private long judgedAt = Long.MIN_VALUE;

    public SimulatedEnd(Clock clock) {
        this.clock = clock;
        this.heard = new Recording(clock);
    }

    /** Plays {@code hz} from now on; 0 stops it. */
    public void tone(double hz) {
        tone = hz > 0 ? new SineOscillator(hz, LEVEL_DBM0) : null;
    }

    @Override
    public void fromPbx(short[] frame) {
        if (tone == null) {
            Arrays.fill(frame, (short) 0);
        } else {
            tone.fill(frame, 0, frame.length);
        }
    }

    @Override
    public void toPbx(short[] frame) {
        heard.add(frame);
    }

    public Recording heard() {
        return heard;
    }

    /**
     * {@code expected} (a word of {@code expect tone}) when what was heard meets it, else a description of
     * what was heard.
     */
    public String judge(String expected) {
        long now = clock.millis();
        if (expected.equals(judgedWord) && now - judgedAt < JUDGE_EVERY_MS) {
            return verdict;
        }
        ToneExpectation e = ToneExpectation.parse(expected);
        short[] audio = heard.last(e.windowMs());
        judgedWord = expected;
        judgedAt = now;
        if (audio.length < MIN_SAMPLES) { // nothing heard yet: that is silence, and no tone
            verdict = e.kind() == ToneReport.Kind.SILENCE ? expected : "nothing heard yet";
            return verdict;
        }
        ToneReport r = e.judge(audio);
        verdict = e.matches(r) ? expected : r.describe();
        return verdict;
    }
}
