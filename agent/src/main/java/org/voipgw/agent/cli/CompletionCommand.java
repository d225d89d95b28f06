package org.voipgw.agent.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code voipgw completion}: a bash/zsh completion script, generated from the command tree. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script: source <(./voipgw completion)")
public final class CompletionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("voipgw", VoipgwCommand.commandLine()));
        spec.commandLine().getOut().flush();
    }
}
