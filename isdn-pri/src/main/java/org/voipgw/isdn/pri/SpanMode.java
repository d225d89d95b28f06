package org.voipgw.isdn.pri;

import org.voipgw.isdn.call.CallRole;
import org.voipgw.isdn.lapd.Side;

/**
 * NT or TE setting of an ISDN port. On the gateway the PBX-side port is normally NT (we are the
 * network, the PBX's trunk card is TE). Both ends NT or both TE is the "NT/TE mismatch" of the
 * guide's PRI lamp remedies: the data link never comes up.
 */
public enum SpanMode {
    NT,
    TE;

    /** The LAPD side this mode plays (Q.921 §3.3.2 C/R sense). */
    public Side side() {
        return this == NT ? Side.NETWORK : Side.USER;
    }

    /** The Q.931 side this mode plays. */
    public CallRole callRole() {
        return this == NT ? CallRole.NETWORK : CallRole.USER;
    }
}
