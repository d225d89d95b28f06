package org.voipgw.fxs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.time.Scheduler;

/**
 * The call core's media in a test: on its own 20 ms tick it takes the phone's frame from a line's
 * {@link LineAudio} (recording it) and gives the line the far end's next frame, as agent's RTP call media
 * does through its {@code AudioPath}.
 */
final class FarEnd {
    private final LineAudio audio;
    private final List<short[]> received = new ArrayList<>();
    private AudioStream speaking = AudioStream.SILENCE;
    private final Scheduler.Timer tick;

    FarEnd(Scheduler scheduler, LineAudio audio) {
        this.audio = audio;
        this.tick = scheduler.every(Duration.ofMillis(Pcm.FRAME_MILLIS), this::tick);
    }

    /** What the far end sends from now on. */
    void speak(AudioStream stream) {
        speaking = stream;
    }

    /** The last {@code ms} of what came from the phone through the line. */
    short[] heard(int ms) {
        int frames = ms / Pcm.FRAME_MILLIS;
        short[] out = new short[frames * Pcm.FRAME_SAMPLES];
        int from = Math.max(0, received.size() - frames);
        for (int i = from; i < received.size(); i++) {
            System.arraycopy(received.get(i), 0, out, (i - from) * Pcm.FRAME_SAMPLES, Pcm.FRAME_SAMPLES);
        }
        return out;
    }

    void stop() {
        tick.cancel();
    }

    private void tick() {
        short[] in = Pcm.silentFrame();
        audio.fromLine(in);
        received.add(in);
        short[] out = Pcm.silentFrame();
        speaking.read(out);
        audio.toLine(out);
        Arrays.fill(out, (short) 0); // the line copied it: reusing the array must not change what it sends
    }
}
