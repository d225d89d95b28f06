package org.voipgw.agent.sip.invite;

/** What either SIP leg of a call shows: its dialog's state and the INVITE's final status (0 while none). */
public interface SipLeg {
    DialogState state();

    int finalStatus();

    /**
     * The path that carried the dialog is gone (the WAN is down): the leg ends without a word on the wire
     * and frees its media; the far end's own timers end its side.
     */
    void lost();
}
