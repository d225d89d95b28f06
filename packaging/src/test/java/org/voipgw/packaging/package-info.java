/**
 * Tests of the Debian package the packaging module builds: its metadata and file list
 * (dpkg-deb), lintian's and systemd-analyze's verdicts, and a real install on this machine
 * ({@code dpkg -i}, the launcher, a smoke run of the unit's ExecStart, {@code dpkg --purge}).
 * They run as failsafe integration tests, after the .deb exists. May use the JDK and JUnit only;
 * the tools are Debian's (bin/install-peers installs them).
 */
package org.voipgw.packaging;
