package org.voipgw.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tinylog.Logger;
import org.voipgw.hal.flash.Flash;

/**
 * The web UI's one account ({@code user}, initial password {@code user} as the guide says, seed 000
 * line 4436), its password hash in the credentials file, and the login lock. Every method is
 * synchronized: a login is check-lock, verify, count as one step, so parallel guesses cannot slip past
 * the three-attempt limit (and a handful of LAN users never notice the serialisation).
 */
final class Account {
    static final String USER = "user";
    static final String INITIAL_PASSWORD = "user";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the credentials file holds. {@code initial}: the password is still the factory one. */
    record Stored(String user, String hash, boolean initial) {
    }

    /** The outcome of a login attempt. */
    sealed interface LoginResult {
        record Ok() implements LoginResult {
        }

        record Wrong(int remainingAttempts) implements LoginResult {
        }

        record Locked(Instant until) implements LoginResult {
        }
    }

    private final Path file;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LoginGuard guard = new LoginGuard();
    private Stored stored;

    Account(Path file, PasswordHasher hasher, Clock clock) {
        this.file = file;
        this.hasher = hasher;
        this.clock = clock;
        this.stored = load().orElseGet(this::saveInitial);
    }

    /** INIT switch: back to the initial password {@code user} (saved), the lock lifted. */
    synchronized void factoryReset() {
        stored = saveInitial();
        guard.reset();
        Logger.info("web UI password reset to the initial one");
    }

    private Stored saveInitial() {
        Stored fresh = new Stored(USER, hasher.hash(INITIAL_PASSWORD), true);
        save(fresh);
        return fresh;
    }

    /** A login from {@code source}: refused unseen while that source and user are locked (see {@link LoginGuard}). */
    synchronized LoginResult login(String user, String password, InetAddress source) {
        Instant now = clock.instant();
        boolean rightUser = USER.equals(user);
        Optional<Instant> locked = guard.blockedUntil(source, rightUser, now);
        if (locked.isPresent()) {
            // no verification while locked: a right guess must not be distinguishable from a wrong one
            return new LoginResult.Locked(locked.get());
        }
        // verify even for a wrong user name, so both failures take the same time
        boolean ok = PasswordHasher.verify(password, stored.hash()) & rightUser;
        if (ok) {
            guard.recordSuccess(source);
            return new LoginResult.Ok();
        }
        Optional<Instant> lockedNow = guard.recordFailure(source, rightUser, now);
        if (lockedNow.isPresent()) {
            return new LoginResult.Locked(lockedNow.get());
        }
        return new LoginResult.Wrong(guard.remainingAttempts(source, rightUser));
    }

    /** When the lock of this source (for the account's user) ends, if it is locked now. */
    synchronized Optional<Instant> lockedUntil(InetAddress source) {
        return guard.blockedUntil(source, true, clock.instant());
    }

    synchronized boolean initialPassword() {
        return stored.initial();
    }

    /**
     * Checks {@code current} like a login (a wrong one counts towards the lock, so a stolen session
     * cannot guess the password) and, when right, stores the hash of {@code next}.
     */
    synchronized LoginResult changePassword(String current, String next, InetAddress source) {
        LoginResult r = login(USER, current, source);
        if (r instanceof LoginResult.Ok) {
            Stored changed = new Stored(USER, hasher.hash(next), false);
            save(changed);
            stored = changed;
            Logger.info("web UI password changed");
        }
        return r;
    }

    private Optional<Stored> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            if (s.hash() == null || PasswordHasher.parse(s.hash()).isEmpty()) {
                throw new IOException("no valid password hash");
            }
            return Optional.of(s);
        } catch (IOException e) {
            // As the INIT switch would: back to the initial password, the damaged file kept aside.
            try {
                Path aside = Flash.files().quarantine(file);
                Logger.error("credentials file {} is unreadable ({}); kept as {}, using the initial password",
                        file, e.getMessage(), aside);
            } catch (IOException moveFailed) {
                Logger.error("credentials file {} is unreadable ({}) and could not be moved aside ({}); "
                        + "using the initial password", file, e.getMessage(), moveFailed.getMessage());
            }
            return Optional.empty();
        }
    }

    private void save(Stored s) {
        try {
            // password hashes are secrets too: offline guessing needs the file
            Flash.files().replace(file, JSON.writeValueAsBytes(s), Flash.Access.OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("saving credentials to " + file + " failed", e);
        }
    }
}
