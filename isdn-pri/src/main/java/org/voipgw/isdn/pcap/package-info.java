/**
 * Captures of D-channel frames in pcap format (link types LINUX_LAPD and LAPD) for Wireshark/tshark.
 *
 * <p>May use: lapd (side), dchan (taps), hal time.
 */
package org.voipgw.isdn.pcap;
