/**
 * Q.931 messages (ITU-T Q.931 §4): codec, message types, information elements, cause values (Q.850).
 *
 * <p>May use: the isdn package (octets, decode results).
 */
package org.voipgw.isdn.q931;
