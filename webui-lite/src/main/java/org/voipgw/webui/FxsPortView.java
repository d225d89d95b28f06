package org.voipgw.webui;

import java.util.Objects;

/** One FXS port of Ⅲ/Ⅳ (1-based) as VoIP状態 shows it: its state and the number last dialled on it ("" for none). */
public record FxsPortView(int port, FxsPortState state, String lastNumber) {
    public FxsPortView {
        Objects.requireNonNull(state);
        Objects.requireNonNull(lastNumber);
    }
}
