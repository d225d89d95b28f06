package org.voipgw.agent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.ClockRole;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.Language;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.Diagnoser;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.DiagnosisRefusal;
import org.voipgw.led.diagnose.Observation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code voipgw diagnose --model MODEL LAMP=STATE ... [--clock slaved|free] [--lang ja|en] [--json]}: what
 * the given lamp states mean, their causes and remedies (the guide's lamp tables, {@link LampCatalogue}),
 * and which abnormal lamp to act on first. {@code --clock} says whether the unit is set to follow a clock,
 * which decides what CLK off means (guide 4808–4811, 4889). Bad input (model, lamp, state, a lamp not on
 * that panel, a state the lamp cannot show there, a clock setting the model cannot have) exits 2 with the
 * valid values: in the chosen language on standard error, or with {@code --json} as
 * {@code {"error": …, "valid": […]}} on standard output.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "What lamp states mean and what to do, for field engineers.")
public final class DiagnoseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "Ⅲ/Ⅳ/Ⅵ/Ⅶ/Ⅷ, III…VIII, 3…8 or the device name (SG1000an4, …, VR23-PRI)")
    String model;

    @Option(names = "--lang", defaultValue = "ja", paramLabel = "ja|en", description = "text output language (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--clock", paramLabel = "slaved|free",
            description = "whether the unit is set to follow a clock (slaved) or to free-run (free); decides what CLK off"
                    + " means on Ⅵ/Ⅶ/Ⅷ (Ⅲ/Ⅳ have no clock port)")
    String clock;

    @Option(names = "--json", description = "print JSON (both languages)")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "LAMP=STATE", description = "e.g. WAN=red-blink VoIP=off")
    List<String> lamps;

    @Override
    public Integer call() {
        // --lang first: every later refusal is said in it (Japanese by default, as --lang defaults to ja)
        Optional<Language> language = parseLanguage(lang);
        Language out = language.orElse(Language.JA);
        try {
            if (language.isEmpty()) {
                throw new DiagnosisRefusal(Text.of("不明な言語 '" + lang + "'。有効：ja, en",
                        "unknown language '" + lang + "'; valid: ja, en"), List.of("ja", "en"));
            }
            GatewayModel m = parseModel(model);
            ClockRole role = clockRole(m, clock);
            List<Observation> observations = new ArrayList<>();
            for (String arg : lamps) {
                observations.add(Diagnoser.observation(m.family(), role, arg));
            }
            Diagnosis d = Diagnoser.diagnose(m.family(), role, observations);
            spec.commandLine().getOut().print(json ? DiagnosisJson.render(m, role, d) : DiagnosisText.render(m, d, out));
            spec.commandLine().getOut().flush();
            return VoipgwCommand.EXIT_OK;
        } catch (DiagnosisRefusal r) {
            return refuse(spec.commandLine(), json, out, r);
        }
    }

    /** Prints a refusal as {@code diagnose} does (JSON on stdout, or the chosen language on stderr); exit 2. */
    static int refuse(CommandLine cl, boolean json, Language lang, DiagnosisRefusal r) {
        if (json) {
            cl.getOut().print(DiagnosisJson.error(r, lang));
            cl.getOut().flush();
        } else {
            cl.getErr().println("diagnose: " + r.in(lang));
            if (lang == Language.JA) {
                cl.getErr().println("  (" + r.in(Language.EN) + ")");
            }
            cl.getErr().println("voipgw diagnose --help で使い方を表示 (usage: voipgw diagnose --help)");
            cl.getErr().flush();
        }
        return VoipgwCommand.EXIT_USAGE;
    }

    /** Whether a command-line error is in {@code diagnose} run with {@code --json}: then it is answered in JSON. */
    static boolean jsonRequested(CommandLine.ParameterException ex, String[] args) {
        return ex.getCommandLine().getCommand() instanceof DiagnoseCommand && List.of(args).contains("--json");
    }

    private static Optional<Language> parseLanguage(String s) {
        try {
            return Optional.of(Language.parse(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static GatewayModel parseModel(String name) {
        try {
            return GatewayModel.parse(name);
        } catch (IllegalArgumentException e) {
            List<String> valid = List.of(GatewayModel.values()).stream().map(GatewayModel::name).toList();
            throw new DiagnosisRefusal(Text.of("不明な機種 '" + name + "'。有効：" + GatewayModel.validNames(),
                    e.getMessage()), valid);
        }
    }

    /**
     * The unit's clock as far as it is known: Ⅲ/Ⅳ have no clock port (spec sheet ③, guide 4216–4279),
     * so {@code --clock slaved} is refused there; elsewhere the setting given, or unknown.
     */
    static ClockRole clockRole(GatewayModel m, String given) {
        boolean port = m.clockRole() != ClockRole.NO_CLOCK_PORT;
        if (given == null) {
            return m.clockRole();
        }
        List<String> valid = port ? ClockRole.GIVEN.stream().map(ClockRole::id).toList() : List.of("free");
        ClockRole role = ClockRole.parseGiven(given).filter(r -> port || r == ClockRole.FREE)
                .orElseThrow(() -> new DiagnosisRefusal(port
                        ? Text.of("不明なクロック設定 '" + given + "'。有効：slaved, free",
                                "unknown clock setting '" + given + "'; valid: slaved, free")
                        : Text.of(m.typeName() + "にはクロックポートがないため、クロック設定 '" + given + "' はありません。有効：free",
                                m.ascii() + " has no clock port, so it cannot be '" + given + "'; valid: free"), valid));
        return port ? role : ClockRole.NO_CLOCK_PORT;
    }
}
