/**
 * Q.931 call control (ITU-T Q.931 §5, network and user side): calls and their states, B-channel hunting,
 * timers T303/T305/T308/T310, restarts, the far end a call is offered to.
 *
 * <p>May use: q931 (messages), the isdn package (octets, timer slots), hal time.
 */
package org.voipgw.isdn.call;
