/**
 * The {@code voipgw} command line (picocli): models, diagnose, scenario, demo, run, bench. Commands parse
 * and check what the user typed, then hand over to the assembly and the scenario runner; they hold no
 * device logic.
 *
 * <p>May use: assembly, device, scenario, panel, settings, boards, led-model. Options shared by several
 * commands are picocli mixins (ModelOption, ...).
 */
package org.voipgw.agent.cli;
