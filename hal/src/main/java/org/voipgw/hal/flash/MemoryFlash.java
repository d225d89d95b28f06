package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Flash} in memory ({@link Flash#inMemory()}): the flash of a simulated box that has no flash
 * directory, as scenarios run. Every operation completes at once and survives the box's power cycles
 * (the object is the flash chip); crash points are {@link PowerCutFlash}'s business, on real files.
 * Paths are only names here.
 */
final class MemoryFlash implements Flash {
    private final Map<Path, byte[]> files = new HashMap<>();

    @Override
    public synchronized void replace(Path file, byte[] content, Access access) {
        files.put(file.normalize(), content.clone());
    }

    @Override
    public synchronized Path quarantine(Path file) throws IOException {
        byte[] content = files.remove(file.normalize());
        if (content == null) {
            throw new NoSuchFileException(file.toString());
        }
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        files.put(aside.normalize(), content);
        return aside;
    }

    @Override
    public synchronized void write(Path file, long offset, byte[] content, Access access) {
        byte[] old = files.getOrDefault(file.normalize(), new byte[0]);
        byte[] next = Arrays.copyOf(old, Math.toIntExact(offset + content.length)); // cut at the end, zeros in a gap
        System.arraycopy(content, 0, next, (int) offset, content.length);
        files.put(file.normalize(), next);
    }

    @Override
    public void force(Path file) {
        // memory is as durable as this simulated flash gets
    }

    @Override
    public synchronized Optional<byte[]> read(Path file) {
        return Optional.ofNullable(files.get(file.normalize())).map(byte[]::clone);
    }
}
