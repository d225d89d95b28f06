package org.voipgw.led.status;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.voipgw.led.Text;

/**
 * 接続モード of a PPPoE session, as on the PPPoE settings page (guide 4439–4447, "常時接続"): the word is the
 * value of the {@code pppoe.N.mode} setting, the label the page's. One enum for the client (agent) and the web
 * UI, which both depend on this module.
 */
public enum PppoeMode {
    /** 常時接続: connect at boot, reconnect after every drop (pppd {@code persist}). */
    ALWAYS("always", Text.of("常時接続", "Always on")),
    /**
     * オンデマンド接続: connect when traffic wants the link ({@code pppoe N connect} or a demand signal),
     * disconnect after {@code pppoe.N.idle} seconds without traffic (pppd {@code demand} + {@code idle}).
     */
    ON_DEMAND("on-demand", Text.of("オンデマンド接続", "On demand")),
    /** 手動接続: only the 接続/切断 buttons ({@code pppoe N connect|disconnect}) start and stop it. */
    MANUAL("manual", Text.of("手動接続", "Manual"));

    private final String word;
    private final Text label;

    PppoeMode(String word, Text label) {
        this.word = word;
        this.label = label;
    }

    /** The setting's value. */
    public String word() {
        return word;
    }

    /** The same as {@link #word()}: what the web UI's form sends. */
    public String id() {
        return word;
    }

    /** The page's words, Japanese and English. */
    public Text label() {
        return label;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(PppoeMode::word).toList();
    }

    public static Optional<PppoeMode> find(String word) {
        return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst();
    }

    public static PppoeMode parse(String word) {
        return find(word).orElseThrow(() -> new IllegalArgumentException(
                "unknown PPPoE mode '" + word + "'; valid: " + String.join("|", words())));
    }
}
