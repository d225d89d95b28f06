/**
 * The flash storage port: {@link org.voipgw.hal.flash.Flash} (crash-safe atomic replacement written to
 * the end, fsync of the file and its directory, owner-only files, quarantine of damaged files, and
 * {@link org.voipgw.hal.flash.DamagedFile}, the one way a damaged file is set aside and reported) and its
 * one file-system implementation, and {@link org.voipgw.hal.flash.PowerCutFlash}, the same implementation
 * with a power cut at a chosen write, fsync or rename (crash-point tests, issue 13). Settings, the web UI's
 * credentials, pppd's files and saved logs all go through it.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.hal.flash;
