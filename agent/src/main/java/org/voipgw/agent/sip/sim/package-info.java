/**
 * The SIP world of a simulated box, outside the box itself: {@link org.voipgw.agent.sip.sim.SimulatedCarrier},
 * the carrier's registrar as an in-memory model on virtual time; {@link org.voipgw.agent.sip.sim.CarrierFaults},
 * which plugs it in as the SIP edge and offers its scenario faults; and
 * {@link org.voipgw.agent.sip.sim.EmbeddedRegistrar}, the small real-UDP registrar {@code voipgw demo} starts.
 * Nothing here is on a live box's path: only the simulated and demo assemblies use it.
 *
 * <p>May use: {@code org.voipgw.agent.sip} (the port and message types), {@code org.voipgw.agent.sip.live}
 * (the jain-sip stack, for the embedded registrar), {@code org.voipgw.agent.device}, hal time.
 */
package org.voipgw.agent.sip.sim;
