/**
 * From lamps to advice: the diagnoser reads a panel and returns the catalogue's meanings, causes and
 * remedies for what is lit (voipgw diagnose).
 *
 * <p>May use: led, led.status.
 */
package org.voipgw.led.diagnose;
