package org.voipgw.agent.call;

/**
 * A Q.850 cause value (1–127) with its location, as sent to the PBX in DISCONNECT / RELEASE.
 */
public record ReleaseCause(int value, CauseLocation location) {
    public ReleaseCause {
        if (value < 0 || value > 127) {
            throw new IllegalArgumentException("a Q.850 cause value is 0-127 (7 bits), not " + value);
        }
        if (location == null) {
            throw new IllegalArgumentException("a release cause needs a location (USER or NETWORK)");
        }
    }
}
