package org.voipgw.agent.cli;

import picocli.CommandLine.Command;

/** {@code voipgw models}: The five gateway models and their figures. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "The five gateway models and their figures.")
public final class ModelsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not built yet");
    }
}
