/**
 * The simulated FXS line for scenarios and tests: the wire between the device's line logic and a
 * simulated phone ({@link org.voipgw.hal.line.sim.PhoneEnd}), on the device's scheduler (virtual time in
 * scenarios). It records ringing and polarity changes with their times so tests can measure cadences,
 * and lets a tap see every PCM frame both ways (for {@code scenario run --audio DIR}).
 *
 * <p>Never on a live device's path. May use: {@code org.voipgw.hal.line}, {@code org.voipgw.hal.time}.
 */
package org.voipgw.hal.line.sim;
