/**
 * LAPD / Q.921 (ITU-T Q.921): frame codec, the data-link state machine (§5, multiple-frame operation,
 * T200/T203), TEI management (§5.3), HDLC framing.
 *
 * <p>May use: the isdn package (octets, decode results), hal time.
 */
package org.voipgw.isdn.lapd;
