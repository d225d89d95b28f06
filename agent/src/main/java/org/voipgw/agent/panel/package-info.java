/**
 * Drawing the lamp panel in a terminal: TerminalPanel (text rendering) and BlinkingLamps (real-time
 * blinking on the device's scheduler).
 *
 * <p>May use: led-model, boards, hal time.
 */
package org.voipgw.agent.panel;
