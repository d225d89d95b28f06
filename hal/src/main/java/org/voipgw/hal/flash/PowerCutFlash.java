package org.voipgw.hal.flash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The file-system {@link Flash} with a power cut at a chosen step (a write of one chunk, the fsync of the
 * file, the rename, the fsync of the directory; issue 13 "crash points"), for tests and the soak. At the
 * cut it leaves on disk what a real power failure may leave, chosen at random among the possibilities:
 * <ul>
 *   <li>a file written but not yet forced keeps any prefix of what was written, possibly with its tail
 *       zeroed (data not yet on the medium, POSIX fsync(2));</li>
 *   <li>a rename whose directory was not yet forced may be undone (the old name and file come back; a
 *       rename is atomic, rename(2), but only durable after the directory's fsync).</li>
 * </ul>
 * Then it throws {@link PowerCut}, an Error, so no handler for IOException or RuntimeException can go on
 * as if the write had happened. The "reboot" is the caller's: new objects over the same directory.
 */
public final class PowerCutFlash implements Flash {
    /** The power failed; nothing after this point ran. */
    public static final class PowerCut extends Error {
        private static final long serialVersionUID = 1L;

        PowerCut(String where) {
            super("power cut before " + where);
        }
    }

    private record PendingRename(Path from, Path to, byte[] oldTo) {
    }

    private final long cutAt;
    private final RandomGenerator random;
    private final FileFlash files;
    private long steps;
    private boolean cut;
    private final Set<Path> unforced = new HashSet<>();
    private final List<PendingRename> renames = new ArrayList<>();

    /** @param cutAt the step (from 0) before which the power fails; negative: never (to count a sequence's steps) */
    public PowerCutFlash(long cutAt, RandomGenerator random) {
        this.cutAt = cutAt;
        this.random = random;
        this.files = new FileFlash(this::before);
    }

    /** Steps passed so far: run a sequence with {@code cutAt} −1 to learn how many points it has. */
    public long steps() {
        return steps;
    }

    /** Whether the power was cut. */
    public boolean wasCut() {
        return cut;
    }

    @Override
    public void replace(Path file, byte[] content, Access access) throws IOException {
        files.replace(file, content, access);
    }

    @Override
    public Path quarantine(Path file) throws IOException {
        return files.quarantine(file);
    }

    @Override
    public void write(Path file, long offset, byte[] content, Access access) throws IOException {
        files.write(file, offset, content, access);
    }

    @Override
    public void force(Path file) throws IOException {
        files.force(file);
    }

    @Override
    public Optional<byte[]> read(Path file) throws IOException {
        if (cut) {
            throw new PowerCut("a read after the cut"); // a dead box does nothing more
        }
        return files.read(file);
    }

    private void before(FileFlash.Step step, Path path, Path target) {
        if (cut) {
            throw new PowerCut(step + " after the cut"); // a dead box does nothing more
        }
        if (steps++ == cutAt) {
            cut = true;
            try {
                loseWhatWasNotDurable();
            } catch (IOException e) {
                throw new UncheckedIOException("could not simulate the power cut", e);
            }
            throw new PowerCut(step + " of " + target.getFileName());
        }
        switch (step) {
            case WRITE -> unforced.add(path);
            case FORCE_FILE -> unforced.remove(path);
            case RENAME -> renames.add(new PendingRename(path, target, bytesOrNull(target)));
            case FORCE_DIRECTORY -> renames.removeIf(r -> r.to().toAbsolutePath().getParent().equals(path.toAbsolutePath()));
            default -> throw new IllegalStateException(step.name());
        }
    }

    private void loseWhatWasNotDurable() throws IOException {
        for (Path p : unforced) {
            if (Files.exists(p)) {
                long size = Files.size(p);
                long keep = size == 0 ? 0 : random.nextLong(size + 1);
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    ch.truncate(keep);
                    if (keep > 0 && random.nextBoolean()) {
                        long from = random.nextLong(keep);
                        ch.write(ByteBuffer.allocate((int) (keep - from)), from); // a tail of zeros
                    }
                }
            }
        }
        for (int i = renames.size() - 1; i >= 0; i--) {
            PendingRename r = renames.get(i);
            if (random.nextBoolean() && Files.exists(r.to())) {
                Files.move(r.to(), r.from(), StandardCopyOption.REPLACE_EXISTING);
                if (r.oldTo() != null) {
                    Files.write(r.to(), r.oldTo());
                }
            }
        }
    }

    private static byte[] bytesOrNull(Path p) {
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
