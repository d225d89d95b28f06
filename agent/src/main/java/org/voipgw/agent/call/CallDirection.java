package org.voipgw.agent.call;

/** Which way a call crosses the box. */
public enum CallDirection {
    /** The PBX dialled out (Q.931 SETUP or an FXS phone's digits), toward the carrier (INVITE). */
    FROM_PBX,
    /** The carrier delivered a call (INVITE) to one of the box's numbers, toward the PBX. */
    TO_PBX;

    /** The side that was called: it rings and answers. */
    public CallSide calledSide() {
        return this == FROM_PBX ? CallSide.IP : CallSide.PBX;
    }
}
