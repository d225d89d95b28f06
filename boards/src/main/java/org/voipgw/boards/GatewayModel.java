package org.voipgw.boards;

import java.util.Locale;
import org.voipgw.led.LampFamily;

/** PLACEHOLDER until the boards data lands: the five models, their names and lamp family. */
public enum GatewayModel {
    III("Ⅲ", "SG1000an4", LampFamily.FXS_BRI),
    IV("Ⅳ", "SG1000an8", LampFamily.FXS_BRI),
    VI("Ⅵ", "SG1000is4", LampFamily.FXS_BRI),
    VII("Ⅶ", "SG1000is8", LampFamily.FXS_BRI),
    VIII("Ⅷ", "VR23-PRI", LampFamily.VIII);

    private final String roman;
    private final String device;
    private final LampFamily family;

    GatewayModel(String roman, String device, LampFamily family) {
        this.roman = roman;
        this.device = device;
        this.family = family;
    }

    public String ascii() {
        return name();
    }

    public String roman() {
        return roman;
    }

    public String device() {
        return device;
    }

    public LampFamily family() {
        return family;
    }

    public java.util.List<String> switches() {
        return family == LampFamily.VIII ? java.util.List.of("init", "shutdown") : java.util.List.of("init");
    }

    public static GatewayModel parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT);
        for (GatewayModel m : values()) {
            if (m.name().equals(k) || m.roman.equals(s.trim()) || m.device.toUpperCase(Locale.ROOT).equals(k)
                    || String.valueOf(m.ordinal() < 2 ? m.ordinal() + 3 : m.ordinal() + 4).equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + s + "'; valid: III IV VI VII VIII");
    }
}
