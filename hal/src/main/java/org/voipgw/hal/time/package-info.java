/**
 * Time for device logic (DESIGN.md "Time"): Clock and Scheduler, the virtual clock of scenarios and
 * tests, the system scheduler of live mode (the only reader of the wall clock), periodic timers, and the
 * one parser of durations people write.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.hal.time;
