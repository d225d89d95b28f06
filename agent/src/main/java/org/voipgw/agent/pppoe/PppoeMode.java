package org.voipgw.agent.pppoe;

import java.util.Arrays;
import java.util.List;

/**
 * 接続モード of a PPPoE session, as on the PPPoE settings page (guide lines 4439–4447, "常時接続").
 * The words are the values of the {@code pppoe.N.mode} setting (the web UI has its own labelled copy,
 * {@code org.voipgw.webui.PppoeMode}: webui-lite depends on led-model only, by design).
 */
public enum PppoeMode {
    /** 常時接続: connect at boot, reconnect after every drop (pppd {@code persist}). */
    ALWAYS("always"),
    /**
     * オンデマンド接続: connect when traffic wants the link ({@code pppoe N connect} or a demand signal),
     * disconnect after {@code pppoe.N.idle} seconds without traffic (pppd {@code demand} + {@code idle}).
     */
    ON_DEMAND("on-demand"),
    /** 手動接続: only the 接続/切断 buttons ({@code pppoe N connect|disconnect}) start and stop it. */
    MANUAL("manual");

    private final String word;

    PppoeMode(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(PppoeMode::word).toList();
    }

    public static PppoeMode parse(String word) {
        for (PppoeMode m : values()) {
            if (m.word.equals(word)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown PPPoE mode '" + word + "'; valid: " + String.join("|", words()));
    }
}
