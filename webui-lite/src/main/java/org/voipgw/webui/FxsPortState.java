package org.voipgw.webui;

import java.util.Locale;
import org.voipgw.led.Text;

/**
 * What an FXS port of Ⅲ/Ⅳ is doing, as VoIP状態 shows it (issue 11: on-hook, dial tone, dialling,
 * ringing, talking, FAX; plus calling and busy tone, which a line passes through between those, so a
 * port is never shown in a state it is not in). The id is the name in lower case with dashes ({@code on-hook}).
 */
public enum FxsPortState {
    ON_HOOK(Text.of("待機中（オンフック）", "on-hook")),
    DIAL_TONE(Text.of("発信音", "dial tone")),
    DIALLING(Text.of("ダイヤル中", "dialling")),
    /** Number complete: the call is being placed, the phone hears silence or ringback. */
    CALLING(Text.of("呼出中", "calling")),
    /** An incoming call: caller ID (CAR, data) and ringing. */
    RINGING(Text.of("着信中", "ringing")),
    TALKING(Text.of("通話中", "talking")),
    /** Busy tone: busy, refused, or the far end hung up (終話). */
    BUSY(Text.of("話中音", "busy tone")),
    FAX(Text.of("FAX通信中", "FAX"));

    private final Text label;

    FxsPortState(Text label) {
        this.label = label;
    }

    /** The JSON word and the page's {@code data-state}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Text label() {
        return label;
    }
}
