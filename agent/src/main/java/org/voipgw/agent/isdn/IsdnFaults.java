package org.voipgw.agent.isdn;

/**
 * The conditions injected on the ISDN side, kept across rebuilds of the ports (a reboot, a mode
 * change): the faults stay until {@code clear}, as the cable stays cut until repaired.
 */
final class IsdnFaults {
    final boolean[] cableCut = new boolean[5]; // [0] the PRI, [1..4] BRI ports
    boolean modeMismatch;
    boolean priUnconfigured;
    boolean pbxPortBlocked;
    boolean pbxSilent;
    boolean callsUnanswered;
    boolean clockSourceLost;
    boolean terminatorMissing;
    boolean wiringOpen;
}
