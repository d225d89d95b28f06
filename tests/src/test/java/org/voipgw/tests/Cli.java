package org.voipgw.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.voipgw.agent.cli.VoipgwCommand;
import picocli.CommandLine;

/** One run of the {@code voipgw} command line in-process: exit code, standard output and error. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        CommandLine cl = VoipgwCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
