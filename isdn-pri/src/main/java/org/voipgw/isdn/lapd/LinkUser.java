package org.voipgw.isdn.lapd;

import org.voipgw.isdn.Octets;

/** Layer 3's view of a data link: the DL- primitives indicated upward (Q.921 §4.1.1). */
public interface LinkUser {
    /** DL-ESTABLISH-INDICATION/CONFIRM: multiple-frame operation (re)started. */
    void established();

    /** DL-RELEASE-INDICATION/CONFIRM: the link went down (released, refused or failed). */
    void released();

    /** DL-DATA-INDICATION: an in-sequence I frame's information field. */
    void data(Octets message);

    /** DL-UNIT-DATA-INDICATION: a UI frame's information field. */
    default void unitData(Octets message) {}

    /** The data-link state changed (for line state and lamps). */
    default void stateChanged(LinkState state) {}
}
