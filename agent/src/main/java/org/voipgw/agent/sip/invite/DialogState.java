package org.voipgw.agent.sip.invite;

import java.util.Locale;

/**
 * The state of one INVITE dialog as the scenario probe {@code expect dialog NUMBER STATE} names it
 * (RFC 3261 §12: early and confirmed dialogs; the rest are the states around them).
 */
public enum DialogState {
    /** No INVITE yet. */
    NONE,
    /** INVITE sent or received, no ringing yet (100 Trying at most). */
    CALLING,
    /** 180 Ringing without a session description: the caller hears ringback made locally. */
    RINGING,
    /** A provisional response with a session description (183): early media (RFC 3261 §13.2.1, RFC 3960). */
    EARLY,
    /** 2xx: the session is up (RFC 3261 §12.1). */
    CONFIRMED,
    /** Over: a final error, CANCEL or BYE. */
    TERMINATED;

    /** The scenario word. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
