/**
 * The adapter between the device and the web UI: DeviceGatewayView implements webui-lite's GatewayView on
 * the device's event loop, with the PPPoE and registration details the pages show, and the call core's
 * calls and the FXS lines mapped to the web UI's own view records (CallViews, FxsPortViews).
 *
 * <p>May use: device, pppoe, sip, settings, call (the call core's calls, history and 着信番号変換 rules),
 * fxs-bri (the FXS lines' states), boards (the model's spec sheet), webui-lite, led-model.
 */
package org.voipgw.agent.web;
