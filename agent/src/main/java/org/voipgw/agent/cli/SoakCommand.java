package org.voipgw.agent.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.voipgw.agent.soak.SoakRun;
import org.voipgw.agent.soak.VocabularyCalls;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code voipgw soak --model M --days N --seed S}: a simulated N days of random faults, power cuts and
 * calls with the invariants checked all along ({@link SoakRun}). Prints one line, e.g.
 * {@code 31 days, 18,402 faults, 0 invariant violations}; exit 0 when there was no violation, else 1 with
 * the first violations on standard error.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Simulate N days of random faults and calls, checking lamps, exceptions, stuck sessions, heap and logs.")
public final class SoakCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ModelOption modelOption;

    @Option(names = "--days", defaultValue = "2", description = "simulated days (1–366, default 2)")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "random seed: the same seed gives the same run (default 1)")
    long seed;

    @Override
    public Integer call() {
        if (days < 1 || days > 366) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must be 1–366, got " + days);
        }
        SoakRun.Result r = new SoakRun(modelOption.model(), days, seed, new VocabularyCalls(SoakRun.BOX_NUMBER)).run();
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.line());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (!r.traffic().isEmpty()) {
            err.println("  " + r.traffic()); // the one summary line stays alone on standard output
        }
        r.firstViolations().forEach(v -> err.println("  " + v));
        err.flush();
        return r.violations() == 0 ? VoipgwCommand.EXIT_OK : VoipgwCommand.EXIT_FAILURE;
    }
}
