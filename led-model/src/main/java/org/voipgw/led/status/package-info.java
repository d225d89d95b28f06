/**
 * The device status, a plain immutable snapshot (DeviceStatus) and its parts (power, Ethernet, PPP,
 * registration, PBX line, clock, faults): what features write and the lamps are derived from.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.led.status;
