package org.voipgw.fxs.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.voipgw.media.wav.WavFile;

/**
 * Reads the FILE.wav of {@code phone N play FILE.wav} (8 kHz 16-bit mono PCM; media's {@link WavFile}
 * refuses anything else with what it found), relative to the scenario's directory: the {@code wavFiles}
 * argument of {@link PhoneWords#runAction}.
 */
public final class WavPlayback implements Function<String, short[]> {
    private final Path directory;

    /** @param directory where relative file names are found (the scenario file's directory) */
    public WavPlayback(Path directory) {
        this.directory = directory;
    }

    @Override
    public short[] apply(String file) {
        Path path = directory.resolve(file);
        try {
            return WavFile.read(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("phone N play: " + path + " を読めません (cannot read it; 8 kHz 16-bit mono WAV): "
                    + e.getMessage(), e);
        }
    }
}
