/**
 * The lamps (DESIGN.md "How data flows"): lamps, colours, blink patterns, the panel, the catalogue of
 * meanings/causes/remedies from the guide's tables, and the pure derivation DeviceStatus -> LampPanel
 * (LampDerivation), the one place each lamp is decided.
 *
 * <p>May use: led.status; the JDK only otherwise.
 */
package org.voipgw.led;
