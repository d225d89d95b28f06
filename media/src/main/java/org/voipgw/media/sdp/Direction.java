package org.voipgw.media.sdp;

import java.util.List;

/** The direction attributes of RFC 3264 §5.1 / RFC 4566 §6; sendrecv when none is given. */
public enum Direction {
    SENDRECV("sendrecv"), SENDONLY("sendonly"), RECVONLY("recvonly"), INACTIVE("inactive");

    private final String attribute;

    Direction(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    /**
     * The answerer's direction for an offered one (RFC 3264 §6.1): sendonly → recvonly,
     * recvonly → sendonly, inactive → inactive, sendrecv → sendrecv (we always can do both).
     */
    public Direction answer() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            case INACTIVE -> INACTIVE;
            case SENDRECV -> SENDRECV;
        };
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The last direction attribute in the list, or null. */
    static Direction in(List<Attribute> attributes) {
        Direction found = null;
        for (Attribute a : attributes) {
            for (Direction d : values()) {
                if (a.value() == null && a.name().equals(d.attribute)) {
                    found = d;
                }
            }
        }
        return found;
    }
}
