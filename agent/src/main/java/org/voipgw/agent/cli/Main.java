package org.voipgw.agent.cli;


/** The {@code voipgw} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // jain-sip leaves a non-daemon thread behind (PITFALLS.md): always exit explicitly.
        System.exit(VoipgwCommand.commandLine().execute(args));
    }
}
