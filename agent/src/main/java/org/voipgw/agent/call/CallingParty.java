package org.voipgw.agent.call;

import java.util.Objects;

/**
 * Who is calling, as the PBX or the carrier gave it: the number (digits, possibly empty when unknown)
 * and whether it may be shown. Q.931 §4.5.10 octet 3a presentation indicator: allowed, restricted,
 * or "number not available due to interworking"; SIP: RFC 3323 Privacy: id / an anonymous From.
 */
public record CallingParty(String number, Presentation presentation) {
    /** Q.931 §4.5.10 presentation indicator, in the terms both sides share. */
    public enum Presentation {
        /** Presentation allowed. */
        ALLOWED,
        /** Presentation restricted: the caller withheld the number (184 in Japan, Privacy: id). */
        RESTRICTED,
        /** Number not available (not sent by the caller's network, or lost in interworking). */
        UNAVAILABLE
    }

    public CallingParty {
        Objects.requireNonNull(number);
        Objects.requireNonNull(presentation);
        if (number.isEmpty() && presentation == Presentation.ALLOWED) {
            presentation = Presentation.UNAVAILABLE; // nothing to present
        }
    }

    public static CallingParty allowed(String number) {
        return new CallingParty(number, Presentation.ALLOWED);
    }

    public static CallingParty unavailable() {
        return new CallingParty("", Presentation.UNAVAILABLE);
    }

    /** The number as it may be shown to the called party, or empty when withheld or unavailable. */
    public String shownNumber() {
        return presentation == Presentation.ALLOWED ? number : "";
    }
}
