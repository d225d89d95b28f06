/**
 * The device runtime: {@link org.voipgw.agent.device.Device} (one box: event loop, status, lifecycle,
 * settings, the lamp panel derived from the status), the {@link org.voipgw.agent.device.DeviceFeature}
 * contract every part of the box plugs in by, its vocabulary (faults, actions, probes) and the box's own
 * small features (Ethernet ports, hardware faults, eco mode, firmware probe).
 *
 * <p>May use: settings, led-model, boards, hal. Never a feature package (isdn, pppoe, sip, ...): they
 * depend on this one.
 */
package org.voipgw.agent.device;
