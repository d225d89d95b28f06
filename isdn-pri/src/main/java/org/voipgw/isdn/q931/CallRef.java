package org.voipgw.isdn.q931;

/**
 * Call reference (Q.931 §4.3): its length in octets (1 on a BRI, 2 on a PRI, 0 for the dummy call
 * reference), the value, and the flag — {@code false} in messages sent by the side that allocated
 * the value, {@code true} in messages sent to it. Value 0 is the global call reference (§5.5).
 */
public record CallRef(int length, int value, boolean flag) {
    public CallRef {
        if (length < 0 || length > 2) {
            throw new IllegalArgumentException("call reference length 0-2: " + length);
        }
        int max = length == 0 ? 0 : (1 << (8 * length - 1)) - 1;
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("call reference value " + value + " for length " + length);
        }
    }

    public static CallRef global(int length) {
        return new CallRef(length, 0, false);
    }

    public boolean isGlobal() {
        return value == 0;
    }

    /** The same call reference as seen in messages travelling the other way. */
    public CallRef reply() {
        return new CallRef(length, value, !flag);
    }
}
