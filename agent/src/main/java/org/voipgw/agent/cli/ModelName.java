package org.voipgw.agent.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.voipgw.led.LampFamily;

/**
 * The five models by name, for the CLI (guide 3972–4300, DESIGN.md's model table). A stop-gap: the
 * model data proper lives in {@code boards} and replaces this at merge.
 */
enum ModelName {
    III("Ⅲ", "SG1000an4", LampFamily.FXS_BRI),
    IV("Ⅳ", "SG1000an8", LampFamily.FXS_BRI),
    VI("Ⅵ", "SG1000is4", LampFamily.FXS_BRI),
    VII("Ⅶ", "SG1000is8", LampFamily.FXS_BRI),
    VIII("Ⅷ", "VR23-PRI", LampFamily.VIII);

    private final String roman;
    private final String device;
    private final LampFamily family;

    ModelName(String roman, String device, LampFamily family) {
        this.roman = roman;
        this.device = device;
        this.family = family;
    }

    /** The Roman numeral as the guide prints it (Ⅷ, U+2167). */
    String roman() {
        return roman;
    }

    String device() {
        return device;
    }

    LampFamily family() {
        return family;
    }

    /** 3, 4, 6, 7, 8. */
    int arabic() {
        return switch (this) {
            case III -> 3;
            case IV -> 4;
            case VI -> 6;
            case VII -> 7;
            case VIII -> 8;
        };
    }

    /**
     * By Roman numeral (Ⅷ or VIII, with or without the guide's 型), arabic number (8) or device name
     * (VR23-PRI), case-insensitively.
     *
     * @throws IllegalArgumentException naming the valid names
     */
    static ModelName parse(String name) {
        String k = name.strip().toUpperCase(Locale.ROOT);
        if (k.endsWith("型")) {
            k = k.substring(0, k.length() - 1);
        }
        for (ModelName m : values()) {
            if (k.equals(m.name()) || k.equals(m.roman) || k.equals(Integer.toString(m.arabic()))
                    || k.equals(m.device.toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; valid: " + validNames());
    }

    static String validNames() {
        return Arrays.stream(values()).map(m -> m.roman + " (" + m.name() + ", " + m.arabic() + ", " + m.device + ")")
                .collect(Collectors.joining(", "));
    }
}
