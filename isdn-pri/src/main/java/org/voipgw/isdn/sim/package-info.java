/**
 * A simulated PBX for the simulated box and the protocol tests: its layer 3 and calls, on the other end
 * of an in-process D channel. Used only by simulated assemblies and tests, never on a live box's path.
 *
 * <p>May use: call, dchan, lapd, q931, pri (modes), hal time.
 */
package org.voipgw.isdn.sim;
