package org.voipgw.agent.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voipgw.agent.call.NumberConversion;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Settings;

/**
 * The settings of 着信番号変換 (guide 4046–4051): {@code conversion.N.from} / {@code conversion.N.to} for
 * N = 1–10, each digits only and at most 32 long or empty (an unused row). A duplicate {@code from} is caught
 * on the whole table ({@link NumberConversion#parse}).
 */
final class ConversionSettings {
    private ConversionSettings() {
    }

    static String from(int row) {
        return "conversion." + row + ".from";
    }

    static String to(int row) {
        return "conversion." + row + ".to";
    }

    static List<SettingKey> keys() {
        List<SettingKey> keys = new ArrayList<>();
        for (int n = 1; n <= NumberConversion.MAX_ENTRIES; n++) {
            keys.add(new SettingKey(from(n), "the dialled number to convert (digits, at most "
                    + NumberConversion.MAX_DIGITS + "), or empty", "", false,
                    v -> v.isEmpty() ? Optional.empty() : NumberConversion.checkNumber(v)));
            keys.add(new SettingKey(to(n), "the number the PBX is asked for instead (digits, at most "
                    + NumberConversion.MAX_DIGITS + "), or empty", "", false,
                    v -> v.isEmpty() ? Optional.empty() : NumberConversion.checkNumber(v)));
        }
        return keys;
    }

    /** The rows as set now. */
    static List<NumberConversion.Entry> rows(Settings s) {
        List<NumberConversion.Entry> rows = new ArrayList<>();
        for (int n = 1; n <= NumberConversion.MAX_ENTRIES; n++) {
            rows.add(new NumberConversion.Entry(n, s.get(from(n)), s.get(to(n))));
        }
        return rows;
    }
}
