package org.voipgw.agent.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.voipgw.agent.firmware.SigningTool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code voipgw firmware keygen|sign|check}: the signing keys and images of the A/B firmware (issue 13). */
@Command(name = "firmware", mixinStandardHelpOptions = true,
        description = {"Firmware images: make a signing key pair, sign a payload, check an image.",
                "  firmware keygen DIR",
                "  firmware sign KEY.pk8.pem VERSION PAYLOAD OUT.img",
                "  firmware check IMAGE [KEY.pub.pem]   (default key: the one built in)"})
public final class FirmwareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..5", paramLabel = "ARG", description = "keygen DIR | sign KEY VERSION PAYLOAD OUT | check IMAGE [KEY]")
    List<String> args;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = SigningTool.run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }
}
