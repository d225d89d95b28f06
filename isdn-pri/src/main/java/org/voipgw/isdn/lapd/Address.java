package org.voipgw.isdn.lapd;

/**
 * The two-octet LAPD address field (Q.921 §3.3): SAPI (6 bits), C/R, TEI (7 bits).
 *
 * @param sapi service access point identifier: 0 call control (Q.931), 63 layer-2 management
 * @param cr the raw C/R bit; its meaning depends on the sender's {@link Side}
 * @param tei terminal endpoint identifier: 0 on PRI, 0–126 on BRI, 127 group (broadcast)
 */
public record Address(int sapi, boolean cr, int tei) {
    public static final int SAPI_CALL_CONTROL = 0;
    public static final int SAPI_MANAGEMENT = 63;
    public static final int TEI_GROUP = 127;

    public Address {
        if (sapi < 0 || sapi > 63 || tei < 0 || tei > 127) {
            throw new IllegalArgumentException("SAPI 0-63, TEI 0-127: " + sapi + "/" + tei);
        }
    }

    /** The address {@code sender} puts on a command ({@code command = true}) or response. */
    public static Address of(int sapi, int tei, Side sender, boolean command) {
        return new Address(sapi, sender.crBitFor(command), tei);
    }
}
