package org.voipgw.webui;

import java.util.Optional;
import org.voipgw.led.Text;

/** 接続モード of a PPPoE session, with the setting value ({@code pppoe.N.mode}) and the guide's words. */
public enum PppoeMode {
    ALWAYS("always", Text.of("常時接続", "Always on")),
    ON_DEMAND("on-demand", Text.of("オンデマンド接続", "On demand")),
    MANUAL("manual", Text.of("手動接続", "Manual"));

    private final String id;
    private final Text label;

    PppoeMode(String id, Text label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }

    public static Optional<PppoeMode> find(String id) {
        for (PppoeMode m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
