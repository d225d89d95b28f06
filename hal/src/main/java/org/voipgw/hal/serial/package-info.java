/**
 * The serial-line port: {@link org.voipgw.hal.serial.SerialLine}, octets in and out of a UART (the
 * line-interface board's D channels, the maintenance console). The jssc implementation is in boards.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.hal.serial;
