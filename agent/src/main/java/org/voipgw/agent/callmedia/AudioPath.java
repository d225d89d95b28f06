package org.voipgw.agent.callmedia;

import java.util.Arrays;

/**
 * The PBX side of a call's audio: a B channel, or an FXS line's PCM. 8 kHz linear samples in 20 ms frames
 * of 160 (the media module's frame), exchanged on the call's media tick.
 */
public interface AudioPath {
    /** Fills {@code frame} with what the PBX side sends now (silence when it sends nothing). */
    void fromPbx(short[] frame);

    /** What the PBX side hears now; the array is reused by the caller: copy what you keep. */
    void toPbx(short[] frame);

    /** Nothing on either side: silence out, and what comes in is dropped. */
    AudioPath SILENT = new AudioPath() {
        @Override
        public void fromPbx(short[] frame) {
            Arrays.fill(frame, (short) 0);
        }

        @Override
        public void toPbx(short[] frame) {
        }
    };
}
