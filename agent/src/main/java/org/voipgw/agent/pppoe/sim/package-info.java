/**
 * The provider side for simulated devices: {@link org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator}
 * (accounts, addresses, the {@code pppoe.*} scenario faults) and
 * {@link org.voipgw.agent.pppoe.sim.SimulatedPppoeBackend}, which walks RFC 2516 discovery, LCP,
 * PAP/CHAP, IPCP and LCP echoes with the timeouts pppd and rp-pppoe use, on the device's clock.
 */
package org.voipgw.agent.pppoe.sim;
