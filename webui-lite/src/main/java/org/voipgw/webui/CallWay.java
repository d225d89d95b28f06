package org.voipgw.webui;

import org.voipgw.led.Text;

/** Which way a call crosses the box, as VoIP状態 and {@code /status.json} name it. */
public enum CallWay {
    /** The PBX (or an FXS phone) dialled out, toward the carrier. */
    OUTGOING("outgoing", Text.of("発信", "outgoing")),
    /** The carrier delivered a call to one of the box's numbers, toward the PBX or phone. */
    INCOMING("incoming", Text.of("着信", "incoming"));

    private final String id;
    private final Text label;

    CallWay(String id, Text label) {
        this.id = id;
        this.label = label;
    }

    /** The JSON word. */
    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }
}
