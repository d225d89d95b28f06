/**
 * The one place that builds whole gateways: DeviceAssembly (the simulated box of scenarios and tests,
 * the demo's box, the live box on a Raspberry Pi), DemoSip (the demo's embedded registrar and account) and
 * RunningGateway (a box in real time with its event loop, web UI and GPIO front panel).
 *
 * <p>May use every agent package: it is the top of the agent's dependency graph, and nothing but the CLI
 * and tests depends on it. Features never assemble themselves or pick their own edges; they get them here.
 */
package org.voipgw.agent.assembly;
