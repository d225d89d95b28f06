package org.voipgw.agent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.voipgw.led.Language;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.DiagnosisRefusal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Exit codes: 0 ok, 1 failure, 2 bad usage (picocli's usage-error code is set to 2).
 * Subcommands register themselves in {@link #commandLine()}.
 */
@Command(name = "voipgw", mixinStandardHelpOptions = true, versionProvider = VoipgwCommand.Version.class,
        description = "Firmware of a carrier VoIP gateway (models Ⅲ/Ⅳ/Ⅵ/Ⅶ/Ⅷ), simulated or live.",
        subcommands = {CommandLine.HelpCommand.class, CompletionCommand.class,
                BenchCommand.class, DemoCommand.class, DiagnoseCommand.class, FirmwareCommand.class, ModelsCommand.class, RunCommand.class, ScenarioCommand.class,
                SoakCommand.class})
public final class VoipgwCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new VoipgwCommand());
        // subcommands: one line each (keep this list sorted)
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(EXIT_FAILURE);
        usageExitCodes(cl);
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> DiagnoseCommand.jsonRequested(ex, args)
                ? DiagnoseCommand.refuse(ex.getCommandLine(), true, Language.JA, new DiagnosisRefusal(
                        Text.of("コマンドラインの誤り：" + ex.getMessage(), ex.getMessage()), List.of()))
                : usage.handleParseException(ex, args));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // a failure the user can act on gets one line saying what went wrong, not a stack trace
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + describe(ex));
            c.getErr().flush();
            return EXIT_FAILURE;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u : ex;
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getClass().getSimpleName()).append(" ").append(c.getMessage());
            }
        }
        return sb.toString();
    }

    private static void usageExitCodes(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(EXIT_FAILURE);
        cl.getSubcommands().values().forEach(VoipgwCommand::usageExitCodes);
    }

    /** The version from the build (agent/src/main/resources-filtered). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = VoipgwCommand.class.getResourceAsStream("/org/voipgw/agent/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"voipgw " + p.getProperty("version", "unknown")};
        }
    }
}
