package org.voipgw.agent.sip.invite.sim;

import org.voipgw.agent.sip.invite.DialogState;

/**
 * One far end's latest dialog with the box, as the carrier sees it: its state ({@code expect dialog NUMBER
 * STATE}) and the final status of the INVITE ({@code expect status NUMBER CODE}).
 */
public final class FarDialog {
    private final String number;
    private final boolean fromBox;
    private DialogState state = DialogState.CALLING;
    private int finalStatus;

    FarDialog(String number, boolean fromBox) {
        this.number = number;
        this.fromBox = fromBox;
    }

    public String number() {
        return number;
    }

    /** Whether the box called this far end (else the far end called the box). */
    public boolean fromBox() {
        return fromBox;
    }

    public DialogState state() {
        return state;
    }

    /** The final response to the INVITE, 0 while none. */
    public int finalStatus() {
        return finalStatus;
    }

    void state(DialogState s) {
        state = s;
    }

    void finalStatus(int status) {
        if (finalStatus == 0) {
            finalStatus = status;
        }
    }

    boolean over() {
        return state == DialogState.TERMINATED;
    }
}
