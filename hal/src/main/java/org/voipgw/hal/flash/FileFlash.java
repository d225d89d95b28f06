package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * {@link Flash} on a file system, the one implementation of crash-safe replacement: write a temporary
 * file in the same directory (created owner-only from the start when asked, so a secret is never
 * readable by others even for an instant), write until every byte is out, force it to the device,
 * rename it over the old file atomically, then force the directory so the rename itself survives a
 * power cut (the POSIX pattern: rename(2) is atomic, fsync(2) of the directory makes it durable).
 */
final class FileFlash implements Flash {
    static final FileFlash INSTANCE = new FileFlash();
    private static final System.Logger LOG = System.getLogger(FileFlash.class.getName());

    private FileFlash() {
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
                ch.write(buf);
            }
            ch.force(true);
        }
        if (access.posix() != null && posix(tmp)) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(access.posix())); // the umask may have taken bits off
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("the flash directory cannot rename atomically: " + dir, e);
        }
        syncDirectory(dir);
    }

    @Override
    public Path quarantine(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
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

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open a directory; the rename is still atomic there.
            LOG.log(System.Logger.Level.DEBUG, () -> "directory sync not supported on " + dir + ": " + e.getMessage());
        }
    }
}
