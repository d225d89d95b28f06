/**
 * Live PPPoE: Linux pppd(8) with the rp-pppoe plugin, one process per attempt, supervised by
 * {@link org.voipgw.agent.pppoe.pppd.PppdBackend}: files from {@link org.voipgw.agent.pppoe.pppd.PppdFiles}
 * (peer and 0600 secret option files, hook scripts), hook reports through
 * {@link org.voipgw.agent.pppoe.pppd.HookChannel}, exit statuses read by
 * {@link org.voipgw.agent.pppoe.pppd.PppdExit}.
 *
 * <p>Where it runs: a kernel with CONFIG_PPP and CONFIG_PPPOE (Raspberry Pi OS; Debian's stock
 * kernels as modules ppp_generic, pppox, pppoe) and pppd running as root (or setuid root), the
 * Debian package {@code ppp}. The development machines' kernel has no PPP (no /dev/ppp): there pppd
 * exits 1 with "Couldn't open the /dev/ppp device" and the session shows {@code no-kernel-ppp}.
 * To see a real session come up against {@code pppoe-server} one needs a kernel with PPP — e.g.
 * a QEMU guest with Debian's kernel (PITFALLS.md, "Real PPPoE despite the kernel"): an initramfs
 * with busybox, pppd, rp-pppoe.so, pppoe-server, pppoe, ip and the modules slhc, ppp_generic,
 * ppp_async, pppox, pppoe, veth; two network namespaces joined by a veth pair, pppoe-server (which
 * runs pppoe under a pty, hence ppp_async) with a chap-secrets entry on one side, this supervisor
 * (a jlinked JRE) with {@code PppdSetup.debian("veth-client")} on the other.
 */
package org.voipgw.agent.pppoe.pppd;
