package org.voipgw.isdn.lapd;

import org.voipgw.isdn.Octets;

/**
 * A LAPD frame between the flags, without the FCS (Q.921 §2.1, §3): information (I), supervisory
 * (S: RR, RNR, REJ) or unnumbered (U: SABME, UA, DISC, DM, FRMR, UI, XID). Sequence numbers are
 * modulo 128 (Q.921 §3.5.2, extended mode only in LAPD).
 */
public sealed interface Frame {
    Address address();

    /** The P bit on a command, the F bit on a response. */
    boolean pf();

    /** I frame: N(S), N(R), P and the layer-3 message (Q.921 §3.6.1). */
    record I(Address address, int ns, int nr, boolean pf, Octets info) implements Frame {
        public I {
            checkSeq(ns);
            checkSeq(nr);
        }
    }

    /** Supervisory frame (Q.921 §3.6.2). */
    record S(Address address, SType type, int nr, boolean pf) implements Frame {
        public S {
            checkSeq(nr);
        }
    }

    /** Unnumbered frame (Q.921 §3.6.3); only UI, FRMR and XID carry an information field. */
    record U(Address address, UType type, boolean pf, Octets info) implements Frame {
        public U {
            if (!type.mayCarryInfo() && info.length() > 0) {
                throw new IllegalArgumentException(type + " has no information field");
            }
        }

        public U(Address address, UType type, boolean pf) {
            this(address, type, pf, Octets.EMPTY);
        }
    }

    enum SType {
        RR(0x01),
        RNR(0x05),
        REJ(0x09);

        final int code;

        SType(int code) {
            this.code = code;
        }
    }

    /** Unnumbered types with their control octet with P/F = 0 (Q.921 table 5). */
    enum UType {
        SABME(0x6F, false),
        UA(0x63, false),
        DISC(0x43, false),
        DM(0x0F, false),
        FRMR(0x87, true),
        UI(0x03, true),
        XID(0xAF, true);

        final int code;
        private final boolean info;

        UType(int code, boolean info) {
            this.code = code;
            this.info = info;
        }

        public boolean mayCarryInfo() {
            return info;
        }
    }

    private static void checkSeq(int n) {
        if (n < 0 || n > 127) {
            throw new IllegalArgumentException("sequence number is modulo 128: " + n);
        }
    }
}
