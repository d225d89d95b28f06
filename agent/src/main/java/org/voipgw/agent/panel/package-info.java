/**
 * Drawing the lamp panel in a terminal: TerminalPanel (text rendering; blinking comes from boards' LampBlinker,
 * the one blink timer).
 *
 * <p>May use: led-model, boards, hal time.
 */
package org.voipgw.agent.panel;
