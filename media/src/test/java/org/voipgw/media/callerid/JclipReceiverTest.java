package org.voipgw.media.callerid;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.media.SpandspJudge;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.wav.WavFile;

/** Our phone-side receiver: our own signal at several levels and with noise, and spandsp's adsi_tx signal. */
class JclipReceiverTest {

    private static short[] line(short[]... parts) {
        int len = 2400;
        for (short[] p : parts) {
            len += p.length + 2400;
        }
        short[] out = new short[len];
        int pos = 2400;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length + 2400;
        }
        return out;
    }

    /** Feeds 20 ms packets. */
    private static List<JclipMessage> receive(JclipReceiver rx, short[] audio) {
        List<JclipMessage> got = new ArrayList<>();
        for (int off = 0; off < audio.length; off += 160) {
            got.addAll(rx.accept(audio, off, Math.min(160, audio.length - off)));
        }
        return got;
    }

    @Test
    void readsEveryKindOfMessage() {
        JclipMessage[] all = {
            JclipMessage.presenting("0312345678"),
            JclipMessage.absent(AbsenceReason.WITHHELD),
            JclipMessage.absent(AbsenceReason.UNAVAILABLE),
            JclipMessage.presenting("01012345678901"), // length 16: DLE DLE
            JclipMessage.presenting("0451234567").withCalledNumber("0451234999"),
        };
        short[][] signals = new short[all.length][];
        for (int i = 0; i < all.length; i++) {
            signals[i] = JclipTiming.dataSignal(all[i]);
        }
        JclipReceiver rx = new JclipReceiver();
        assertEquals(List.of(all), receive(rx, line(signals)));
        assertEquals(0, rx.rejected());
    }

    @Test
    void readsQuietAndNoisySignals() {
        JclipMessage m = JclipMessage.presenting("09012345678");
        byte[] frame = JclipFrame.encode(m);
        Random rnd = new Random(23);
        for (double level : new double[] {-5, -15, -30}) {
            short[] audio = line(new FskModulator(level).modulate(frame, 80, 5));
            double sigma = Dbm0.ZERO_DBM0_RMS * Math.pow(10, (level - 25) / 20);
            for (int i = 0; i < audio.length; i++) {
                audio[i] = (short) Math.max(-32768, Math.min(32767, audio[i] + Math.round(rnd.nextGaussian() * sigma)));
            }
            assertEquals(List.of(m), receive(new JclipReceiver(), audio), level + " dBm0 with noise 25 dB down");
        }
    }

    @Test
    void aCorruptedFrameIsRefusedNotMisread() {
        byte[] frame = JclipFrame.encode(JclipMessage.presenting("0312345678"));
        frame[12] ^= 0x01; // one bit of a digit: the parity check catches it
        JclipReceiver rx = new JclipReceiver();
        assertEquals(List.of(), receive(rx, line(new FskModulator(-15).modulate(frame, 80, 5))));
        assertEquals(1, rx.rejected());
        assertEquals(List.of(), receive(new JclipReceiver(), new short[16000]));
    }

    @Test
    void readsSpandspsJclipSender(@TempDir Path dir) throws Exception {
        for (String what : new String[] {"0312345678", "P", "O"}) {
            Path wav = dir.resolve("adsi-" + what + ".wav");
            SpandspJudge.run("jclip-tx", what, wav.toString());
            JclipMessage expected = what.length() == 1
                    ? JclipMessage.absent(AbsenceReason.of(what.charAt(0))) : JclipMessage.presenting(what);
            assertEquals(List.of(expected), receive(new JclipReceiver(), WavFile.read(wav)), what);
        }
    }
}
