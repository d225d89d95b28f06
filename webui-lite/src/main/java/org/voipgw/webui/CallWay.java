package org.voipgw.webui;

import java.util.Locale;
import org.voipgw.led.Text;

/** Which way a call crosses the box, as VoIP状態 and {@code /status.json} name it. */
public enum CallWay {
    /** The PBX (or an FXS phone) dialled out, toward the carrier. */
    OUTGOING(Text.of("発信", "outgoing")),
    /** The carrier delivered a call to one of the box's numbers, toward the PBX or phone. */
    INCOMING(Text.of("着信", "incoming"));

    private final Text label;

    CallWay(Text label) {
        this.label = label;
    }

    /** The JSON word. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Text label() {
        return label;
    }
}
