/**
 * Signed A/B firmware (issue 13): the image format ({@link org.voipgw.agent.firmware.FirmwareImage}: a
 * {@link org.voipgw.agent.firmware.Manifest} of version, size and SHA-256, signed with ECDSA P-256 by
 * {@link org.voipgw.agent.firmware.FirmwareSigning} against the key built into the firmware), the version
 * order ({@link org.voipgw.agent.firmware.FirmwareVersion}), the two slots and the boot record on flash with
 * the boot loader that counts boots and falls back ({@link org.voipgw.agent.firmware.FirmwareSlots}), the
 * device feature that takes an image in while the box runs ({@link org.voipgw.agent.firmware.FirmwareFeature}),
 * where {@code firmware download} fetches images ({@link org.voipgw.agent.firmware.FirmwareServer}; the
 * simulated one is in {@code firmware.sim}) and the key tool ({@link org.voipgw.agent.firmware.SigningTool}).
 *
 * <p>May use: device, led-model, boards, hal (flash, time), the JDK's crypto. Never another feature package.
 */
package org.voipgw.agent.firmware;
