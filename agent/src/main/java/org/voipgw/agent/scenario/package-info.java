/**
 * The QA scenario language (README "Scenarios"): parser, runner on virtual time or, with {@code --live}, on the
 * wall clock against a live SIP edge (RealTimeRun, LiveCheck for what cannot run live), reports (text, JUnit XML).
 *
 * <p>May use: assembly (to build the box a scenario runs on), device, settings, led-model, boards, hal time.
 */
package org.voipgw.agent.scenario;
