package org.voipgw.agent.call;

/**
 * Who released the call, as far as RFC 3398 cares (Q.850 §2.2.5 codes more locations; the mapping
 * only distinguishes the user from the network).
 */
public enum CauseLocation {
    /** The called or calling user (Q.850 location 0000). */
    USER,
    /** Any network location (Q.850 locations 0001–1010). */
    NETWORK
}
