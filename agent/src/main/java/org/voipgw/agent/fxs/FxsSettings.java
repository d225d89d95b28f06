package org.voipgw.agent.fxs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.Validators;
import org.voipgw.fxs.FxsPortSettings;

/**
 * The FXS ports' settings (issue 11, per port N from 1): {@code fxs.N.number} (the port's dial-in number,
 * digits, may be empty), {@code fxs.N.callerid} on|off (ナンバー・ディスプレイ; off for phones without the
 * subscription), {@code fxs.N.digitmap} (empty = the Japanese numbering plan), {@code fxs.N.polarity-reversal}
 * on|off (on answer and disconnect). Each value is checked by the line's own parser, so a key accepts exactly
 * what the line can use.
 */
final class FxsSettings {
    private FxsSettings() {
    }

    static List<SettingKey> keys(int ports) {
        List<SettingKey> k = new ArrayList<>();
        for (int n = 1; n <= ports; n++) {
            int port = n;
            String p = "fxs." + n + ".";
            k.add(new SettingKey(p + "number", "digits, at most " + FxsPortSettings.MAX_NUMBER
                    + " (the port's dial-in number; empty = rung by hunting only)", "", false,
                    check(v -> FxsPortSettings.parse(port, v, null, null, null))));
            k.add(new SettingKey(p + "callerid", "on|off (ナンバー・ディスプレイ caller ID)", "on", false,
                    Validators.oneOf(List.of("on", "off"))));
            k.add(new SettingKey(p + "digitmap", "a digit map, e.g. (0[1-9]xxxxxxxx|1xx|#) (empty = the Japanese plan)",
                    "", false, check(v -> FxsPortSettings.parse(port, null, null, v, null))));
            k.add(new SettingKey(p + "polarity-reversal", "on|off (reverse the line on answer and disconnect)", "on",
                    false, Validators.oneOf(List.of("on", "off"))));
        }
        return k;
    }

    /** Port {@code port}'s settings as the line uses them. */
    static FxsPortSettings of(Settings s, int port) {
        String p = "fxs." + port + ".";
        return FxsPortSettings.parse(port, s.get(p + "number"), s.get(p + "callerid"), s.get(p + "digitmap"),
                s.get(p + "polarity-reversal"));
    }

    private static Function<String, Optional<String>> check(Function<String, FxsPortSettings> parse) {
        return v -> {
            try {
                parse.apply(v);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        };
    }
}
