package org.voipgw.webui;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.voipgw.webui.http.HttpLimits;

/**
 * How to run the web UI: where to listen (live: the model's address, port 80; {@code --web HOST:PORT}
 * overrides; the demo 127.0.0.1:8080), where the credentials file lives, the time source (the device
 * clock — lock and idle timeouts are measured with it, so tests advance it by hand), the PBKDF2
 * iteration count for new hashes, the random source for salts, session ids and tokens, and the HTTP
 * front's timeouts and connection caps.
 */
public record WebUiConfig(InetSocketAddress bind, Path credentialsFile, Clock clock, int pbkdf2Iterations,
                          SecureRandom random, HttpLimits limits) {
    public WebUiConfig {
        Objects.requireNonNull(bind);
        Objects.requireNonNull(credentialsFile);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(random);
        Objects.requireNonNull(limits);
        if (pbkdf2Iterations < 1) {
            throw new IllegalArgumentException("pbkdf2Iterations must be positive");
        }
    }

    /** With the front's default limits ({@link HttpLimits#defaults()}). */
    public WebUiConfig(InetSocketAddress bind, Path credentialsFile, Clock clock, int pbkdf2Iterations,
                       SecureRandom random) {
        this(bind, credentialsFile, clock, pbkdf2Iterations, random, HttpLimits.defaults());
    }

    /** Production settings: 600,000 PBKDF2 iterations and a fresh SecureRandom. */
    public static WebUiConfig of(InetSocketAddress bind, Path credentialsFile, Clock clock) {
        return new WebUiConfig(bind, credentialsFile, clock, PasswordHasher.DEFAULT_ITERATIONS, new SecureRandom());
    }

    public WebUiConfig withPbkdf2Iterations(int iterations) {
        return new WebUiConfig(bind, credentialsFile, clock, iterations, random, limits);
    }

    public WebUiConfig withLimits(HttpLimits l) {
        return new WebUiConfig(bind, credentialsFile, clock, pbkdf2Iterations, random, l);
    }
}
