package org.voipgw.fxs;

/**
 * What a phone dialled once digit collection is complete: the number to call (184/186 removed) and
 * whether to present the caller's number for this call.
 *
 * @param digits the called number, digits and possibly {@code * # A-D}
 * @param presentation the 184/186 choice
 */
public record DialledNumber(String digits, Presentation presentation) {
    public DialledNumber {
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("a dialled number needs at least one digit");
        }
    }
}
