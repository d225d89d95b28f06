/**
 * The live box's own edges on a Raspberry Pi: Ethernet link and speed from Linux sysfs
 * (SysfsEthernet) and the GPIO front panel (GpioPanel: lamps and switches through boards' pi4j binding).
 *
 * <p>May use: device, boards (pi), led-model, hal.
 */
package org.voipgw.agent.live;
