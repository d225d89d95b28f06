package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The box's flash storage as the device logic uses it (DESIGN.md "Simulated vs live edges": a directory
 * on the Pi, a directory in simulation). Every file the firmware keeps — settings, web UI credentials,
 * pppd's option and secret files — is written through it, so every write is crash-safe the same way,
 * and a test or the reliability work can inject a crash at any step by wrapping it.
 */
public interface Flash {
    /** Who may use a file: the agent only (secrets: passwords, hashes; 0600), its own scripts (0700), or the umask's choice. */
    enum Access {
        OWNER_ONLY("rw-------"),
        OWNER_EXECUTABLE("rwx------"),
        DEFAULT(null);

        private final String posix;

        Access(String posix) {
            this.posix = posix;
        }

        /** The POSIX permissions ({@code rw-------}), or null to leave them to the umask. */
        public String posix() {
            return posix;
        }
    }

    /**
     * Replaces {@code file} with {@code content}: after a crash at any point the file is either the old
     * one or the new one, never a mix or a truncation. Missing directories are created.
     *
     * @throws IOException when the file cannot be written (the old file is then still there)
     */
    void replace(Path file, byte[] content, Access access) throws IOException;

    /**
     * Moves a damaged file aside (to {@code NAME.damaged}, replacing an older one) so the box can start
     * with defaults and a field engineer can still look at what was there.
     *
     * @return where the file now is
     * @throws IOException when it cannot be moved
     */
    Path quarantine(Path file) throws IOException;

    /**
     * Writes {@code content} into {@code file} in place at {@code offset} and cuts the file at the end of
     * it (created when missing): the sequential writing of a firmware slot, block by block, where there is
     * no room for a second copy. Not atomic: after a crash the file may hold any prefix of what was
     * written, with a tail of zeros, until {@link #force} returned. What makes that safe is the caller's:
     * a slot is used only after it was forced and verified (the A/B firmware slots, issue 13).
     *
     * @throws IOException when it cannot be written
     */
    void write(Path file, long offset, byte[] content, Access access) throws IOException;

    /** Forces what was {@link #write written} to {@code file} to the medium (fsync(2)). */
    void force(Path file) throws IOException;

    /**
     * The whole content of {@code file}, or empty when there is none. Reading is never a crash point: a
     * power cut while reading changes nothing.
     */
    Optional<byte[]> read(Path file) throws IOException;

    /** The flash of this machine's file system. */
    static Flash files() {
        return FileFlash.INSTANCE;
    }

    /**
     * A flash held in memory, for a simulated box without a flash directory (scenarios): what it keeps
     * lives as long as the object, as a box's flash outlives a power cycle.
     */
    static Flash inMemory() {
        return new MemoryFlash();
    }
}
