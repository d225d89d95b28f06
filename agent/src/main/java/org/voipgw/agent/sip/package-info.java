/**
 * The SIP registration (RFC 3261 §10) as a device feature: SipFeature (settings, VoIP lamp status, the
 * PBX side out of service while the registration is lost), the registration state machine (SipRegistration,
 * RFC 5626 backoff), digest authentication, and the SipPort edge the state machine talks to.
 *
 * <p>May use: device, pbx (the gate), settings, led-model status, webui-lite's view records. Not sip.live
 * or sip.sim: the assembly hands SipFeature its edge (a SipPortFactory).
 */
package org.voipgw.agent.sip;
