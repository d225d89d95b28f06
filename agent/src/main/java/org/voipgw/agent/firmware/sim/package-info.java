/**
 * The simulated world's firmware server ({@link org.voipgw.agent.firmware.sim.SimulatedFirmwareServer}): it
 * makes images of any version and kind (signed, unsigned, bad-signature, corrupt) with a key pair made per
 * process, which a simulated box is built to trust. Used by the simulated and demo assemblies and by tests
 * only; nothing in it is on a live box's path.
 *
 * <p>May use: firmware.
 */
package org.voipgw.agent.firmware.sim;
