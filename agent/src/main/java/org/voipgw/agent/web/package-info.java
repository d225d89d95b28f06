/**
 * The adapter between the device and the web UI: DeviceGatewayView implements webui-lite's GatewayView on
 * the device's event loop, with the PPPoE and registration details the pages show.
 *
 * <p>May use: device, pppoe, sip, settings, webui-lite, led-model.
 */
package org.voipgw.agent.web;
