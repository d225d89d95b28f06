/**
 * Serial lines on the host: {@link org.voipgw.boards.serial.JsscSerialLine}, the hal
 * {@link org.voipgw.hal.serial.SerialLine} port over jssc (UARTs, USB adapters, PTYs in tests).
 *
 * <p>May use: hal, jssc, tinylog.
 */
package org.voipgw.boards.serial;
