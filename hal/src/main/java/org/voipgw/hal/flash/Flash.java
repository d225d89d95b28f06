package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.file.Path;

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

    /** The flash of this machine's file system. */
    static Flash files() {
        return FileFlash.INSTANCE;
    }
}
