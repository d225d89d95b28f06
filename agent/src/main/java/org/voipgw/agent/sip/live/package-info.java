/**
 * SIP on real sockets: jain-sip-ri behind the SipPort (JainSipPort), the stack set up for this firmware
 * (JainSipStack: tinylog logging, the inbound guard against oversize, foreign or malformed messages).
 * No javax.sip type leaves this package.
 *
 * <p>May use: sip (the port and message types), hal time, jain-sip-ri, tinylog.
 */
package org.voipgw.agent.sip.live;
