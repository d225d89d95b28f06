/**
 * The SIP side of calls (the IP leg of the call core): who the box says is calling (From,
 * P-Preferred-Identity, Privacy) and who the carrier says is calling it. Pure functions and small values,
 * so the INVITE dialogs that use them run unchanged on jain-sip (live) and on the in-memory carrier.
 *
 * <p>May use: the call core ({@code org.voipgw.agent.call}). No {@code javax.sip} type.
 */
package org.voipgw.agent.sip.invite;
