/**
 * The Raspberry Pi binding: lamps on GPIO outputs ({@link org.voipgw.boards.pi.GpioLampDriver}), switches on
 * debounced GPIO inputs ({@link org.voipgw.boards.pi.GpioSwitches}) and the default BCM pin maps
 * ({@link org.voipgw.boards.pi.PinMap}), all through pi4j 3; tests run them on the pi4j mock plugin.
 */
package org.voipgw.boards.pi;
