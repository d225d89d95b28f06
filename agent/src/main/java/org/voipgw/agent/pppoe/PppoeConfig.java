package org.voipgw.agent.pppoe;

import org.voipgw.led.status.PppoeMode;
import java.time.Duration;
import java.util.Objects;
import org.voipgw.agent.settings.Settings;

/**
 * One session's settings, read from {@link Settings} ({@link PppoeSettings} keys). {@link #toString()}
 * never shows the password.
 *
 * @param echoInterval pppd {@code lcp-echo-interval}; zero disables echoes
 * @param echoFailures pppd {@code lcp-echo-failure}
 * @param idle         pppd {@code idle}, used in on-demand mode only; zero: never idle out
 */
public record PppoeConfig(int session, boolean enabled, PppoeMode mode, String user, String password,
                          String service, int mtu, Duration idle, Duration echoInterval, int echoFailures) {
    public PppoeConfig {
        PppoeSettings.checkSession(session);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
        Objects.requireNonNull(service);
        Objects.requireNonNull(idle);
        Objects.requireNonNull(echoInterval);
    }

    public static PppoeConfig from(Settings s, int n) {
        return new PppoeConfig(n, s.getBool(PppoeSettings.key(n, "enabled")),
                PppoeMode.parse(s.get(PppoeSettings.key(n, "mode"))), s.get(PppoeSettings.key(n, "user")),
                s.get(PppoeSettings.key(n, "password")), s.get(PppoeSettings.key(n, "service")),
                s.getInt(PppoeSettings.key(n, "mtu")), Duration.ofSeconds(s.getInt(PppoeSettings.key(n, "idle"))),
                Duration.ofSeconds(s.getInt(PppoeSettings.key(n, "echo-interval"))),
                s.getInt(PppoeSettings.key(n, "echo-failures")));
    }

    /** Factory defaults for session {@code n}, with the given account, enabled, always on. */
    public static PppoeConfig alwaysOn(int n, String user, String password) {
        return new PppoeConfig(n, true, PppoeMode.ALWAYS, user, password, "", PppoeSettings.MTU_MAX,
                Duration.ofSeconds(300), Duration.ofSeconds(30), 4);
    }

    public PppoeConfig withMode(PppoeMode m) {
        return new PppoeConfig(session, enabled, m, user, password, service, mtu, idle, echoInterval, echoFailures);
    }

    public PppoeConfig withEcho(Duration interval, int failures) {
        return new PppoeConfig(session, enabled, mode, user, password, service, mtu, idle, interval, failures);
    }

    public PppoeConfig withIdle(Duration d) {
        return new PppoeConfig(session, enabled, mode, user, password, service, mtu, d, echoInterval, echoFailures);
    }

    public PppoeConfig withEnabled(boolean e) {
        return new PppoeConfig(session, e, mode, user, password, service, mtu, idle, echoInterval, echoFailures);
    }

    @Override
    public String toString() {
        return "PppoeConfig[session=" + session + ", enabled=" + enabled + ", mode=" + mode.word() + ", user=" + user
                + ", password=" + (password.isEmpty() ? "(none)" : "(set)") + ", service=" + service + ", mtu=" + mtu
                + ", idle=" + idle.toSeconds() + "s, echo=" + echoInterval.toSeconds() + "s×" + echoFailures + "]";
    }
}
