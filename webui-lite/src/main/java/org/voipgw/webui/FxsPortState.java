package org.voipgw.webui;

import org.voipgw.led.Text;

/**
 * What an FXS port of Ⅲ/Ⅳ is doing, as VoIP状態 shows it (issue 11: on-hook, dial tone, dialling,
 * ringing, talking, FAX; plus the two tones the line plays between those, so a port is never shown in a
 * state it is not in).
 */
public enum FxsPortState {
    ON_HOOK("on-hook", Text.of("待機中（オンフック）", "on-hook")),
    DIAL_TONE("dial-tone", Text.of("発信音", "dial tone")),
    DIALLING("dialling", Text.of("ダイヤル中", "dialling")),
    /** Number complete: the call is being placed, the phone hears silence or ringback. */
    CALLING("calling", Text.of("呼出中", "calling")),
    /** An incoming call: caller ID (CAR, data) and ringing. */
    RINGING("ringing", Text.of("着信中", "ringing")),
    TALKING("talking", Text.of("通話中", "talking")),
    /** Busy tone: busy, refused, or the far end hung up (終話). */
    BUSY("busy", Text.of("話中音", "busy tone")),
    FAX("fax", Text.of("FAX通信中", "FAX"));

    private final String id;
    private final Text label;

    FxsPortState(String id, Text label) {
        this.id = id;
        this.label = label;
    }

    /** The JSON word and the page's {@code data-state}. */
    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }
}
