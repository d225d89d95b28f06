package org.voipgw.webui;

import java.util.Objects;

/**
 * The user settings of one FXS port (issue 11, Web UI): ナンバー・ディスプレイ on or off
 * ({@code fxs.N.callerid} {@code on|off}) and a digit map replacing the Japanese numbering plan
 * ({@code fxs.N.digitmap}, "" for the plan).
 */
public record FxsPortSettingsView(int port, boolean callerId, String digitMap) {
    public FxsPortSettingsView {
        Objects.requireNonNull(digitMap);
    }

    public static String key(int port, String setting) {
        return "fxs." + port + "." + setting;
    }
}
