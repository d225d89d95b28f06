package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Language;
import org.voipgw.led.diagnose.Diagnoser;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.Observation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code voipgw diagnose --model MODEL LAMP=STATE ... [--lang ja|en] [--json]}: what the given lamp
 * states mean, their causes and remedies (the guide's lamp tables, {@link LampCatalogue}), and which
 * abnormal lamp to act on first. Bad input (model, lamp, state, a lamp not on that panel, a state the
 * lamp cannot show there) exits 2 with the valid values.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "What lamp states mean and what to do, for field engineers.")
public final class DiagnoseCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "Ⅲ/Ⅳ/Ⅵ/Ⅶ/Ⅷ, III…VIII, 3…8 or the device name (SG1000an4, …, VR23-PRI)")
    String model;

    @Option(names = "--lang", defaultValue = "ja", paramLabel = "ja|en", description = "text output language (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--json", description = "print JSON (both languages)")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "LAMP=STATE", description = "e.g. WAN=red-blink VoIP=off")
    List<String> lamps;

    @Override
    public void run() {
        GatewayModel m = usage(() -> GatewayModel.parse(model));
        Language language = usage(() -> Language.parse(lang));
        List<Observation> observations = new ArrayList<>();
        for (String arg : lamps) {
            observations.add(observation(m.family(), arg));
        }
        Diagnosis d = usage(() -> Diagnoser.diagnose(m.family(), observations));
        String out = json ? DiagnosisJson.render(m, d) : DiagnosisText.render(m, d, language);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
    }

    private Observation observation(LampFamily family, String arg) {
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw usageError("expected LAMP=STATE, e.g. WAN=red-blink, got '" + arg + "'");
        }
        String lampName = arg.substring(0, eq);
        Lamp lamp = Lamp.find(lampName).orElseThrow(() -> usageError("unknown lamp '" + lampName + "'; lamps of "
                + model + ": " + family.lamps().stream().map(Lamp::printed).collect(Collectors.joining(", "))));
        usage(() -> {
            Diagnoser.requireOnPanel(family, lamp);
            return lamp;
        });
        String stateName = arg.substring(eq + 1);
        try {
            return new Observation(lamp, LampState.parse(stateName));
        } catch (IllegalArgumentException e) {
            throw usageError("unknown state '" + stateName + "' for " + lamp + "; its states: "
                    + LampCatalogue.statesOf(family, lamp).stream().map(LampState::id).collect(Collectors.joining(", ")));
        }
    }

    /** Runs a parse, turning its IllegalArgumentException into picocli's usage error (exit 2). */
    private <T> T usage(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    private CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
