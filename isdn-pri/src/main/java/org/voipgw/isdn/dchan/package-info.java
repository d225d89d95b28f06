/**
 * The D channel as a port: DChannel (frames and layer-1 signal), an in-process wire for simulation,
 * HDLC framing over a byte stream, and frame taps (captures).
 *
 * <p>May use: lapd (HDLC codec), hal time.
 */
package org.voipgw.isdn.dchan;
