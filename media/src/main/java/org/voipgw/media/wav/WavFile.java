package org.voipgw.media.wav;

import java.nio.charset.StandardCharsets;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes RIFF/WAVE files holding 8 kHz, 16-bit, mono, linear PCM (format tag 1), little-endian as
 * RIFF requires. Chunks other than {@code fmt } and {@code data} (LIST, fact, …) are skipped on reading.
 */
public final class WavFile {
    /** The only sample rate of call audio. */
    public static final int SAMPLE_RATE = 8000;
    private static final int HEADER = 44;
    /** Refuse data chunks above this (about 35 minutes of audio): a guard against a corrupt length. */
    private static final long MAX_DATA_BYTES = 32L << 20;

    private WavFile() {
    }

    /** The bytes of a WAV file holding {@code samples}. */
    public static byte[] encode(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + samples.length * 2).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE)
                .putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(samples.length * 2);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    /**
     * Writes {@code samples} to {@code file}: first to a temporary file beside it, then moved into place, so
     * a crash never leaves half a file under the final name.
     */
    public static void write(Path file, short[] samples) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".wav-", ".tmp");
        try {
            Files.write(tmp, encode(samples));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes to a stream (for callers that manage their own files). */
    public static void write(OutputStream out, short[] samples) throws IOException {
        out.write(encode(samples));
    }

    /** Reads the samples of {@code file}; {@link WavFormatException} for anything but 8 kHz 16-bit mono PCM. */
    public static short[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads from a stream; {@code name} is used in error messages. */
    public static short[] read(InputStream in, String name) throws IOException {
        ByteBuffer riff = ByteBuffer.wrap(readFully(in, 12, name, "RIFF header")).order(ByteOrder.LITTLE_ENDIAN);
        if (!tag(riff, 0).equals("RIFF") || !tag(riff, 8).equals("WAVE")) {
            throw refuse(name, "RIFF/WAVE ファイルではありません (not a RIFF/WAVE file)");
        }
        boolean haveFormat = false;
        while (true) {
            byte[] head = in.readNBytes(8);
            if (head.length < 8) {
                throw refuse(name, "data チャンクがありません (no data chunk)");
            }
            ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            String id = tag(h, 0);
            long size = Integer.toUnsignedLong(h.getInt(4));
            if (id.equals("fmt ")) {
                if (size < 16 || size > 1024) {
                    throw refuse(name, "fmt チャンクの長さ " + size + " が不正です (bad fmt chunk length)");
                }
                ByteBuffer f = ByteBuffer.wrap(readFully(in, (int) size, name, "fmt chunk")).order(ByteOrder.LITTLE_ENDIAN);
                int formatTag = Short.toUnsignedInt(f.getShort(0));
                int channels = Short.toUnsignedInt(f.getShort(2));
                long rate = Integer.toUnsignedLong(f.getInt(4));
                int bits = Short.toUnsignedInt(f.getShort(14));
                if (formatTag != 1 || channels != 1 || rate != SAMPLE_RATE || bits != 16) {
                    throw refuse(name, String.format("%s, %d ch, %d Hz, %d bit です (found %s, %d channel(s), %d Hz, %d-bit)",
                            formatName(formatTag), channels, rate, bits, formatName(formatTag), channels, rate, bits));
                }
                skip(in, size & 1, name);
                haveFormat = true;
            } else if (id.equals("data")) {
                if (!haveFormat) {
                    throw refuse(name, "fmt チャンクが data より前にありません (no fmt chunk before data)");
                }
                if (size > MAX_DATA_BYTES) {
                    throw refuse(name, "data チャンクが大きすぎます: " + size + " bytes (data chunk too large, limit " + MAX_DATA_BYTES + ")");
                }
                byte[] data = in.readNBytes((int) size);
                ByteBuffer d = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
                short[] samples = new short[data.length / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = d.getShort(2 * i);
                }
                return samples;
            } else {
                skip(in, size + (size & 1), name);
            }
        }
    }

    private static WavFormatException refuse(String name, String what) {
        return new WavFormatException(name + ": 8 kHz 16ビット モノラル PCM の WAV が必要です — " + what
                + " / need an 8 kHz 16-bit mono PCM WAV");
    }

    private static String formatName(int tag) {
        return switch (tag) {
            case 1 -> "PCM";
            case 3 -> "IEEE float";
            case 6 -> "A-law";
            case 7 -> "µ-law";
            case 0xFFFE -> "extensible";
            default -> "format " + tag;
        };
    }

    private static byte[] readFully(InputStream in, int n, String name, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw refuse(name, "ファイルが途中で終わっています: " + what + " (file ends inside the " + what + ")");
        }
        return b;
    }

    private static void skip(InputStream in, long n, String name) throws IOException {
        try {
            in.skipNBytes(n);
        } catch (EOFException e) {
            throw refuse(name, "ファイルが途中で終わっています (file ends inside a chunk)");
        }
    }

    private static String tag(ByteBuffer b, int at) {
        return new String(new byte[] {b.get(at), b.get(at + 1), b.get(at + 2), b.get(at + 3)}, StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
