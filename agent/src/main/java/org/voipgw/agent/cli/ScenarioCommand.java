package org.voipgw.agent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceDescription;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.scenario.LiveCheck;
import org.voipgw.agent.scenario.Outcome;
import org.voipgw.agent.scenario.Scenario;
import org.voipgw.agent.scenario.ScenarioError;
import org.voipgw.agent.scenario.ScenarioFiles;
import org.voipgw.agent.scenario.ScenarioReports;
import org.voipgw.agent.scenario.ScenarioRunner;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.GatewaySwitch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code voipgw scenario run|settings|faults}: QA's fault-injection scenarios on virtual time. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Run QA scenario files on virtual time (or live with run --live); list the settings and faults they can use.",
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.Settings.class, ScenarioCommand.Faults.class})
public final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: run, settings or faults");
    }

    /** What a scenario may use on the model: its settings and vocabulary. */
    static DeviceDescription probe(GatewayModel model) {
        return DeviceAssembly.describe(model);
    }

    /** A listing of what one model offers scenarios. */
    abstract static class Listing implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelOption modelOption;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            print(modelOption.model(), probe(modelOption.model()), out);
            out.flush();
            return 0;
        }

        abstract void print(GatewayModel model, DeviceDescription d, PrintWriter out);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run scenario files; exit 0 only when every expectation held, 2 when a file has mistakes (nothing runs).",
                    "With --live a file runs in real time with the live SIP edge (jain-sip, UDP RTP) to the carrier its "
                            + "'set sip.*' steps name (none: an embedded carrier on 127.0.0.1), the PBX side simulated; "
                            + "the simulated carrier's words (far, far.tone, far.hangup, fault sip.*, expect tone far; "
                            + "ip.call toward a real carrier) are refused before anything runs."})
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
        List<Path> files;

        @Option(names = "--junit", paramLabel = "REPORT.xml", description = "write a JUnit XML report")
        Path junit;

        @Option(names = "--json", description = "print the results as JSON instead of text")
        boolean json;

        @Option(names = "--pcap", paramLabel = "DIR",
                description = "write one D-channel capture per ISDN port: DIR/<scenario>-<port>.pcap (Wireshark, tshark)")
        Path pcap;

        @Option(names = "--audio", paramLabel = "DIR",
                description = "write each call's audio as 8 kHz 16-bit mono WAV: DIR/<scenario>-<port>-<n>-to-pbx.wav "
                        + "and …-from-pbx.wav (Audacity opens them)")
        Path audio;

        @Option(names = "--live",
                description = "real time, live SIP and RTP to the carrier the file's 'set sip.registrar=…' names (else an "
                        + "embedded carrier on 127.0.0.1); 'at TIME' is wall-clock time since the start, 'within T' waits "
                        + "T at most; the PBX side stays simulated")
        boolean live;

        /** Report and capture folders are checked before anything runs: a bad one is a usage error. */
        private void writable(Path dir, String option) {
            OutputFolder.writable(spec.commandLine(), dir, option);
        }

        /** Files that cannot run: every problem with its file and line, then the count; exit 2. */
        private int refuse(List<ScenarioError> errors, String summary) throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            for (ScenarioError e : errors) {
                err.println(e);
            }
            err.println(errors.size() + summary);
            err.flush();
            if (json) {
                PrintWriter out = spec.commandLine().getOut();
                out.println(ScenarioReports.jsonErrors(errors));
                out.flush();
            }
            return VoipgwCommand.EXIT_USAGE;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            writable(junit == null ? null : junit.toAbsolutePath().getParent(), "--junit");
            writable(pcap, "--pcap");
            writable(audio, "--audio");
            ScenarioFiles.Loaded loaded = ScenarioFiles.load(files);
            if (!loaded.errors().isEmpty()) {
                return refuse(loaded.errors(), " mistake(s) in the scenario files; nothing was run");
            }
            if (live) {
                List<ScenarioError> notLive = new ArrayList<>();
                loaded.scenarios().forEach(s -> notLive.addAll(LiveCheck.problems(s)));
                if (!notLive.isEmpty()) {
                    return refuse(notLive, " line(s) cannot run with --live; nothing was run");
                }
            }
            StringWriter progress = new StringWriter();
            PrintWriter shown = json ? new PrintWriter(progress) : out;
            ScenarioRunner runner = live ? ScenarioRunner.live(shown) : new ScenarioRunner(shown);
            if (pcap != null) {
                runner.capturingTo(pcap);
            }
            if (audio != null) {
                runner.recordingAudioTo(audio);
            }
            List<Outcome> all = new ArrayList<>();
            for (Scenario s : loaded.scenarios()) {
                all.addAll(runner.run(s));
            }
            long failed = all.stream().filter(o -> !o.passed()).count();
            long passed = all.size() - failed;
            if (junit != null) {
                ScenarioReports.junit(junit, all);
            }
            if (json) {
                out.println(ScenarioReports.json(all, passed, failed));
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? VoipgwCommand.EXIT_OK : VoipgwCommand.EXIT_FAILURE;
        }
    }

    @Command(name = "settings", mixinStandardHelpOptions = true,
            description = "List every setting key a scenario can `set`, with its valid values and default.")
    static final class Settings extends Listing {
        @Override
        void print(GatewayModel model, DeviceDescription d, PrintWriter out) {
            out.println("settings of model " + model.ascii() + " (set KEY=VALUE):");
            for (SettingKey k : d.settings().keys()) {
                out.printf("  %-28s %s (default: %s)%n", k.name(), k.valid(),
                        k.secret() ? "(secret)" : k.factoryDefault().isEmpty() ? "empty" : k.factoryDefault());
            }
        }
    }

    @Command(name = "faults", mixinStandardHelpOptions = true,
            description = "List the faults (fault NAME [ARG] / clear NAME), actions and expectations of a model.")
    static final class Faults extends Listing {
        @Override
        void print(GatewayModel model, DeviceDescription d, PrintWriter out) {
            out.println("faults of model " + model.ascii() + " (fault NAME [ARG], undone by clear NAME):");
            for (FaultSpec f : d.vocabulary().faults()) {
                out.printf("  %-16s %-28s %s%n", f.name(), String.join("|", f.args()), f.description());
            }
            out.println("actions (at TIME ACTION):");
            Map<String, String> core = new LinkedHashMap<>();
            core.put("power on|off", "the main power switch");
            core.put("power on factory", "power on a unit in its factory state (INIT lamp: factory state)");
            if (model.has(GatewaySwitch.INIT)) {
                core.put("press init", "the INIT switch: factory reset");
            }
            if (model.has(GatewaySwitch.SHUTDOWN)) {
                core.put("press shutdown for T", "hold the shutdown switch (3 s or more shuts down)");
            }
            core.put("reboot", "restart the box");
            core.put("set KEY=VALUE ...", "change settings as a user would (see `voipgw scenario settings`)");
            core.put("fault NAME [ARG] / clear NAME", "inject / undo a fault above");
            core.put("note TEXT", "nothing: a remark that anchors the expectations after it");
            core.forEach((k, v) -> out.printf("  %-30s %s%n", k, v));
            for (ActionSpec a : d.vocabulary().actions()) {
                out.printf("  %-30s %s%n", a.word() + " " + a.syntax(), a.description());
            }
            out.println("expectations (expect ... [within|for T]):");
            out.printf("  %-30s %s%n", "lamp LAMP STATE", "a front lamp, e.g. expect lamp WAN red-blink within 1s");
            for (ProbeSpec p : d.vocabulary().probes()) {
                out.printf("  %-30s %s%n", p.word() + " " + p.syntax(), String.join("|", p.values()));
            }
        }
    }
}
