package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Flash} on a file system, the one implementation of crash-safe replacement: write a temporary
 * file in the same directory (created owner-only from the start when asked, so a secret is never
 * readable by others even for an instant), write until every byte is out, force it to the device,
 * rename it over the old file atomically, then force the directory so the rename itself survives a
 * power cut (the POSIX pattern: rename(2) is atomic, fsync(2) of the directory makes it durable).
 */
final class FileFlash implements Flash {
    static final FileFlash INSTANCE = new FileFlash(StepWatch.NONE);
    private static final System.Logger LOG = System.getLogger(FileFlash.class.getName());
    /** Bytes per write(2): a crash can fall between two of them (what {@link PowerCutFlash} exercises). */
    static final int WRITE_CHUNK = 512;

    /** The steps of a replacement or quarantine, each a point where power may fail. */
    enum Step { WRITE, FORCE_FILE, RENAME, FORCE_DIRECTORY }

    /** Told before each step, with the file it acts on (the temporary file for WRITE and FORCE_FILE). */
    interface StepWatch {
        StepWatch NONE = (step, path, target) -> { };

        void before(Step step, Path path, Path target);
    }

    private final StepWatch watch;

    FileFlash(StepWatch watch) {
        this.watch = watch;
    }

    @Override
    public void replace(Path file, byte[] content, Access access) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attributes(tmp, access))) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                watch.before(Step.WRITE, tmp, file);
                ByteBuffer chunk = buf.slice(buf.position(), Math.min(WRITE_CHUNK, buf.remaining()));
                while (chunk.hasRemaining()) {
                    ch.write(chunk);
                }
                buf.position(buf.position() + chunk.limit());
            }
            watch.before(Step.FORCE_FILE, tmp, file);
            ch.force(true);
        }
        if (access.posix() != null && posix(tmp)) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(access.posix())); // the umask may have taken bits off
        }
        watch.before(Step.RENAME, tmp, file);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("the flash directory cannot rename atomically: " + dir, e);
        }
        syncDirectory(dir);
    }

    @Override
    public void write(Path file, long offset, byte[] content, Access access) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                attributes(file, access))) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            long at = offset;
            while (buf.hasRemaining()) {
                watch.before(Step.WRITE, file, file);
                ByteBuffer chunk = buf.slice(buf.position(), Math.min(WRITE_CHUNK, buf.remaining()));
                while (chunk.hasRemaining()) {
                    at += ch.write(chunk, at);
                }
                buf.position(buf.position() + chunk.limit());
            }
            ch.truncate(offset + content.length);
        }
    }

    @Override
    public void force(Path file) throws IOException {
        watch.before(Step.FORCE_FILE, file, file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    @Override
    public Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Path quarantine(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        watch.before(Step.RENAME, file, aside);
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.toAbsolutePath().getParent());
        return aside;
    }

    private static FileAttribute<?>[] attributes(Path p, Access access) {
        if (access.posix() == null || !posix(p)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(access.posix()))};
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private void syncDirectory(Path dir) {
        watch.before(Step.FORCE_DIRECTORY, dir, dir);
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open a directory; the rename is still atomic there.
            LOG.log(System.Logger.Level.DEBUG, () -> "directory sync not supported on " + dir + ": " + e.getMessage());
        }
    }
}
