/**
 * The soak (issue 13 "Soak"): one simulated device for days of virtual time under random faults from
 * its own fault vocabulary ({@code voipgw scenario faults}), power cuts, reboots and, where the model's
 * vocabulary has them, call actions, with invariants checked all along: the lamps equal the derivation
 * of the status, no uncaught exception, no stuck session or call after the faults clear, the heap after
 * GC flat, the logs bounded. {@code voipgw soak} prints its one summary line.
 *
 * <p>May use: agent.device, agent.assembly, led-model, boards, hal.time, the JDK.
 */
package org.voipgw.agent.soak;
