package org.voipgw.media.wav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileTest {

    @Test
    void writesAndReadsBackEverySample(@TempDir Path dir) throws IOException {
        short[] samples = new short[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i * 7919);
        }
        samples[0] = Short.MIN_VALUE;
        samples[1] = Short.MAX_VALUE;
        Path f = dir.resolve("a.wav");
        WavFile.write(f, samples);
        assertEquals(44 + 16000, Files.size(f));
        assertArrayEquals(samples, WavFile.read(f));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theHeaderIsTheCanonicalPcmHeader() {
        ByteBuffer b = ByteBuffer.wrap(WavFile.encode(new short[] {1, -1})).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(Arrays.copyOfRange(b.array(), 0, 4)));
        assertEquals(36 + 4, b.getInt(4));
        assertEquals(1, b.getShort(20)); // PCM
        assertEquals(1, b.getShort(22)); // mono
        assertEquals(8000, b.getInt(24));
        assertEquals(16000, b.getInt(28)); // byte rate
        assertEquals(16, b.getShort(34));
        assertEquals(4, b.getInt(40));
    }

    @Test
    void otherChunksAreSkipped() throws IOException {
        byte[] plain = WavFile.encode(new short[] {5, 6, 7});
        // insert an odd-sized LIST chunk (padded to even) between fmt and data
        byte[] list = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0};
        byte[] withList = new byte[plain.length + list.length];
        System.arraycopy(plain, 0, withList, 0, 36);
        System.arraycopy(list, 0, withList, 36, list.length);
        System.arraycopy(plain, 36, withList, 36 + list.length, plain.length - 36);
        assertArrayEquals(new short[] {5, 6, 7}, WavFile.read(new ByteArrayInputStream(withList), "x.wav"));
    }

    @Test
    void otherFormatsAreRefusedSayingWhatWasFound() {
        assertRefused(header(1, 2, 8000, 16), "2 channel");
        assertRefused(header(1, 1, 44100, 16), "44100 Hz");
        assertRefused(header(1, 1, 8000, 8), "8-bit");
        assertRefused(header(7, 1, 8000, 8), "µ-law");
        assertRefused("not a wav at all".getBytes(), "not a RIFF/WAVE file");
        byte[] truncated = Arrays.copyOf(WavFile.encode(new short[4]), 30);
        assertRefused(truncated, "file ends");
    }

    private static void assertRefused(byte[] file, String expected) {
        WavFormatException e = assertThrows(WavFormatException.class, () -> WavFile.read(new ByteArrayInputStream(file), "in.wav"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("8 kHz 16-bit mono PCM"), e.getMessage());
        assertTrue(e.getMessage().startsWith("in.wav"), e.getMessage());
    }

    private static byte[] header(int tag, int channels, int rate, int bits) {
        byte[] b = WavFile.encode(new short[2]);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort(20, (short) tag).putShort(22, (short) channels).putInt(24, rate).putShort(34, (short) bits);
        return b;
    }
}
