/**
 * The PBX-side analog FXS lines and ISDN BRI ports (the clock they and the PRI feed is
 * {@code org.voipgw.isdn.clock.ClockSync}, next to the spans).
 *
 * <ul>
 *   <li>{@link org.voipgw.fxsbri.BriPort}: a basic-rate port (2 B + D) reusing isdn-pri's LAPD,
 *       TEI management and network-side Q.931; NT toward the PBX, TE for the clock ports;
 *   <li>{@link org.voipgw.fxsbri.BriLayer1}: simplified I.430 activation (G/F states);
 * </ul>
 *
 * <p>The analog FXS line is not implemented yet.
 */
package org.voipgw.fxsbri;
