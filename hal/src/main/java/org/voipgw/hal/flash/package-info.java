/**
 * The flash storage port: {@link org.voipgw.hal.flash.Flash} (crash-safe atomic replacement written to
 * the end, fsync of the file and its directory, owner-only files, quarantine of damaged files, in-place
 * block writes for the firmware slots, reads) and {@link org.voipgw.hal.flash.DamagedFile}, the one way a
 * damaged file is set aside and reported; its file-system implementation, an in-memory one
 * ({@link org.voipgw.hal.flash.Flash#inMemory()}) for a simulated box without a flash directory, and
 * {@link org.voipgw.hal.flash.PowerCutFlash}, the file-system implementation with a power cut at a chosen
 * write, fsync or rename (crash-point tests, issue 13). Settings, the web UI's credentials, pppd's files,
 * saved logs and the firmware slots all go through it.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.hal.flash;
