package org.voipgw.webui;

import org.voipgw.led.Text;

/**
 * The fields of one PPPoE session on the form, in form order, with the guide's labels (接続先設定
 * (PPPoE), seed 000 lines 4430–4446) and the setting each is stored under ({@code pppoe.N.<setting>}).
 */
enum PppoeField {
    ENABLED("enabled", Text.of("接続可", "Enabled"), false),
    MODE("mode", Text.of("接続モード", "Connection mode"), false),
    USER("user", Text.of("ユーザー名", "User name"), false),
    PASSWORD("password", Text.of("パスワード", "Password"), false),
    SERVICE("service", Text.of("サービス名（省略可）", "Service name (optional)"), false),
    MTU("mtu", Text.of("MTU", "MTU"), true),
    IDLE("idle", Text.of("無通信切断時間（秒、オンデマンド接続）", "Idle timeout (s, on demand)"), true),
    ECHO_INTERVAL("echo-interval", Text.of("LCPエコー送信間隔（秒）", "LCP echo interval (s)"), true),
    ECHO_FAILURES("echo-failures", Text.of("LCPエコー失敗回数", "LCP echo failures"), true);

    private final String setting;
    private final Text label;
    private final boolean numeric;

    PppoeField(String setting, Text label, boolean numeric) {
        this.setting = setting;
        this.label = label;
        this.numeric = numeric;
    }

    String setting() {
        return setting;
    }

    Text label() {
        return label;
    }

    boolean numeric() {
        return numeric;
    }

    /** The form field's (and setting's) name for session {@code n}: {@code pppoe.N.<setting>}. */
    String key(int n) {
        return "pppoe." + n + "." + setting;
    }

    /** The HTML id: {@code pppoe-N-<setting>}. */
    String id(int n) {
        return "pppoe-" + n + "-" + setting;
    }
}
