package org.voipgw.agent.sip.invite;

import org.voipgw.hal.time.Scheduler;

/**
 * What both SIP legs of a call keep the same way: the dialog's state, the INVITE's final status, the call's
 * media and the session timer (RFC 4028) that watches or refreshes the dialog; ending frees both.
 */
abstract class DialogLeg implements SipLeg {
    protected final CallMedia media;
    protected DialogState state;
    protected int finalStatus;
    protected Scheduler.Timer sessionTimer;

    DialogLeg(CallMedia media, DialogState initial) {
        this.media = media;
        this.state = initial;
    }

    @Override
    public DialogState state() {
        return state;
    }

    /** The final status of the INVITE (200, 486, …, sent or received), 0 while there is none. */
    @Override
    public int finalStatus() {
        return finalStatus;
    }

    @Override
    public void lost() {
        if (state != DialogState.TERMINATED) {
            end();
        }
    }

    /** The dialog is over: its timer stops and its media is freed. */
    protected void end() {
        state = DialogState.TERMINATED;
        if (sessionTimer != null) {
            sessionTimer.cancel();
        }
        media.close();
    }
}
