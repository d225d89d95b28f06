package org.voipgw.agent.pppoe;

import org.voipgw.led.status.PppoeMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;

class PppoeSettingsTest {
    private static SettingKey key(String name) {
        return PppoeSettings.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    private static Optional<String> check(String name, String value) {
        return key(name).check(value);
    }

    @Test
    void nineKeysPerSessionWithTheAgreedNamesAndDefaults() {
        assertEquals(45, PppoeSettings.keys().size());
        Settings s = new Settings(SettingsStore.inMemory());
        s.registerAll(PppoeSettings.keys());
        PppoeConfig c = PppoeConfig.from(s, 5);
        assertFalse(c.enabled());
        assertEquals(PppoeMode.ALWAYS, c.mode());
        assertEquals(1492, c.mtu());
        assertEquals(30, c.echoInterval().toSeconds());
        assertEquals(4, c.echoFailures());
        assertTrue(key("pppoe.3.password").secret());
        assertFalse(key("pppoe.3.user").secret());
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@isp.ne.jp", "a", "u_1.2+3-x@b-flets.ocn.ne.jp"})
    void acceptsProviderUserNames(String user) {
        assertTrue(check("pppoe.1.user", user).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a;b", "a|b", "a&b", "$(id)", "`id`", "a'b", "a\"b", "<x>", "a\nb", "a\0b", "ユーザ",
        "a\\b", "a#b"})
    void rejectsUserNamesWithOtherCharacters(String user) {
        assertTrue(check("pppoe.1.user", user).isPresent(), user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p@ss w;|&$()`'\"<>\\#", "x", " leading and trailing "})
    void acceptsPrintableAsciiPasswordsIncludingShellCharacters(String pw) {
        assertTrue(check("pppoe.2.password", pw).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\0b", "a\tb", "pässword", "a\u007Fb"})
    void rejectsControlAndNonAsciiCharactersInPasswords(String pw) {
        assertTrue(check("pppoe.2.password", pw).isPresent());
    }

    @Test
    void limitsLengths() {
        assertTrue(check("pppoe.1.user", "u".repeat(127)).isEmpty());
        assertTrue(check("pppoe.1.user", "u".repeat(128)).isPresent());
        assertTrue(check("pppoe.1.password", "p".repeat(128)).isEmpty());
        assertTrue(check("pppoe.1.password", "p".repeat(4096)).isPresent());
        assertTrue(check("pppoe.1.service", "s".repeat(65)).isPresent());
        assertTrue(check("pppoe.1.service", "").isEmpty());
    }

    @Test
    void numericRanges() {
        assertTrue(check("pppoe.1.mtu", "576").isEmpty());
        assertTrue(check("pppoe.1.mtu", "575").isPresent());
        assertTrue(check("pppoe.1.mtu", "1493").isPresent(), "RFC 2516 §7: at most 1492");
        assertTrue(check("pppoe.1.mtu", "1492; reboot").isPresent());
        assertTrue(check("pppoe.1.echo-interval", "0").isEmpty());
        assertTrue(check("pppoe.1.echo-failures", "0").isPresent());
        assertTrue(check("pppoe.1.idle", "-1").isPresent());
        assertTrue(check("pppoe.1.mode", "sometimes").isPresent());
        assertTrue(check("pppoe.1.mode", "on-demand").isEmpty());
    }

    @Test
    void aBadValueChangesNothing() {
        Settings s = new Settings(SettingsStore.inMemory());
        s.registerAll(PppoeSettings.keys());
        assertFalse(s.apply(Map.of("pppoe.1.user", "ok@isp", "pppoe.1.mtu", "9000")).isEmpty());
        assertEquals("", s.get("pppoe.1.user"));
    }

    @Test
    void configToStringNeverShowsThePassword() {
        PppoeConfig c = PppoeConfig.alwaysOn(1, "a@isp", "topsecret");
        assertFalse(c.toString().contains("topsecret"));
    }
}
