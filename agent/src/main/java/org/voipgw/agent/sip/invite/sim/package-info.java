/**
 * The carrier's call routing as an in-memory model on virtual time, for scenarios: far ends that answer,
 * ring out, are busy or reject as {@code far NUMBER answer|busy|no-answer|reject CODE} says (by default
 * they ring 1 s, then answer), calls from the carrier to the box's numbers ({@code ip.call NUMBER from
 * CALLER}), and the state of each far end's dialog for {@code expect dialog} / {@code expect status}.
 * Never part of a live box.
 *
 * <p>May use: the SIP call legs' port ({@code org.voipgw.agent.sip.invite}), DigestCheck, hal time.
 */
package org.voipgw.agent.sip.invite.sim;

