package org.voipgw.agent.pppoe;

import org.voipgw.led.status.PppoeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Validators;

/**
 * The {@code pppoe.N.*} settings (N = 1…5), as the web UI's 接続先設定(PPPoE) page edits them.
 *
 * <p>Limits: pppd(8) reads names and secrets up to 255 bytes (MAXNAMELEN/MAXSECRETLEN 256); we allow
 * less so that every value fits one line of the page. MTU: RFC 2516 §7 — the PPPoE header takes 8
 * bytes of the 1500-byte Ethernet payload, so the MTU/MRU must not exceed 1492; 576 is the smallest
 * IPv4 datagram every host must accept (RFC 791). Echo defaults are Debian's /etc/ppp/options
 * ({@code lcp-echo-interval 30}, {@code lcp-echo-failure 4}).
 */
public final class PppoeSettings {
    public static final int SESSIONS = 5;
    public static final int MTU_MIN = 576;
    public static final int MTU_MAX = 1492;
    public static final int USER_MAX = 127;
    public static final int PASSWORD_MAX = 128;
    public static final int SERVICE_MAX = 64;

    /** User names like {@code user@isp.ne.jp}: letters, digits and {@code . _ @ + -}. */
    public static final String USER_CHARS = "A-Za-z0-9._@+\\-";
    public static final String USER_CHARS_TEXT = "letters, digits and . _ @ + -";
    /** Printable ASCII, space included; no control characters (pppd's option files are line based). */
    public static final String PASSWORD_CHARS = "\\x20-\\x7E";
    public static final String PASSWORD_CHARS_TEXT = "printable ASCII characters (no control characters)";
    public static final String SERVICE_CHARS = "A-Za-z0-9._\\-";
    public static final String SERVICE_CHARS_TEXT = "letters, digits and . _ -";

    private PppoeSettings() {
    }

    public static String key(int session, String field) {
        checkSession(session);
        return "pppoe." + session + "." + field;
    }

    public static void checkSession(int session) {
        if (session < 1 || session > SESSIONS) {
            throw new IllegalArgumentException("PPPoE session " + session + " does not exist; valid: 1–" + SESSIONS);
        }
    }

    /** Parses the session word of {@code pppoe N …}; an error message when it is not 1…5. */
    public static Optional<String> checkSessionWord(String word) {
        if (word != null && word.matches("[1-" + SESSIONS + "]")) {
            return Optional.empty();
        }
        return Optional.of("PPPoE session must be 1–" + SESSIONS + ", got '" + word + "'");
    }

    public static Function<String, Optional<String>> userValidator(boolean optional) {
        return Validators.text(USER_MAX, USER_CHARS, USER_CHARS_TEXT, optional);
    }

    public static Function<String, Optional<String>> passwordValidator(boolean optional) {
        return Validators.text(PASSWORD_MAX, PASSWORD_CHARS, PASSWORD_CHARS_TEXT, optional);
    }

    /** Every key of every session, in session order. */
    public static List<SettingKey> keys() {
        List<SettingKey> all = new ArrayList<>();
        for (int n = 1; n <= SESSIONS; n++) {
            all.addAll(keys(n));
        }
        return all;
    }

    static List<SettingKey> keys(int n) {
        return List.of(
                new SettingKey(key(n, "enabled"), "true|false (接続可)", "false", false, Validators.bool()),
                new SettingKey(key(n, "mode"), String.join("|", PppoeMode.words()) + " (接続モード)",
                        PppoeMode.ALWAYS.word(), false, Validators.oneOf(PppoeMode.words())),
                new SettingKey(key(n, "user"), "up to " + USER_MAX + " " + USER_CHARS_TEXT, "", false,
                        userValidator(true)),
                new SettingKey(key(n, "password"), "up to " + PASSWORD_MAX + " " + PASSWORD_CHARS_TEXT, "", true,
                        passwordValidator(true)),
                new SettingKey(key(n, "service"), "optional service name, up to " + SERVICE_MAX + " "
                        + SERVICE_CHARS_TEXT, "", false,
                        Validators.text(SERVICE_MAX, SERVICE_CHARS, SERVICE_CHARS_TEXT, true)),
                new SettingKey(key(n, "mtu"), MTU_MIN + "–" + MTU_MAX + " bytes", String.valueOf(MTU_MAX), false,
                        Validators.integer(MTU_MIN, MTU_MAX)),
                new SettingKey(key(n, "idle"), "0–86400 seconds without traffic before an on-demand session"
                        + " is dropped (0: never)", "300", false, Validators.integer(0, 86_400)),
                new SettingKey(key(n, "echo-interval"), "0–3600 seconds between LCP echo-requests (0: off)", "30",
                        false, Validators.integer(0, 3_600)),
                new SettingKey(key(n, "echo-failures"), "1–100 unanswered LCP echo-requests before the link"
                        + " is declared dead", "4", false, Validators.integer(1, 100)));
    }
}
