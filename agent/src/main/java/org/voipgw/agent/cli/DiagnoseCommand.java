package org.voipgw.agent.cli;

import picocli.CommandLine.Command;

/** {@code voipgw diagnose}: What lamp states mean and what to do, for field engineers. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, description = "What lamp states mean and what to do, for field engineers.")
public final class DiagnoseCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not built yet");
    }
}
