/**
 * The D-channel port: how ISDN layer 2 reaches its line, one {@link org.voipgw.hal.dchan.DChannel}
 * per ISDN port. {@link org.voipgw.hal.dchan.DChannelSpec} names a transport ({@code sim},
 * {@code udp:…}, {@code serial:…}); {@link org.voipgw.hal.dchan.DChannelInbox} hands frames and
 * signal changes from a transport's I/O thread to the device's event loop through a bounded queue;
 * {@link org.voipgw.hal.dchan.DChannelCounters} counts what was dropped.
 *
 * <p>May use: the JDK and {@code org.voipgw.hal.time}. The transports themselves live with the
 * protocol (isdn-pri) and the hardware binding (boards).
 */
package org.voipgw.hal.dchan;
