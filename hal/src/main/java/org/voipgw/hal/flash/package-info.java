/**
 * The flash storage port: {@link org.voipgw.hal.flash.Flash} (crash-safe atomic replacement written to
 * the end, fsync of the file and its directory, owner-only files, quarantine of damaged files) and its
 * one file-system implementation. Settings, the web UI's credentials and pppd's files all go through it.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.hal.flash;
