package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code voipgw models [--json]}: the five gateway models in a table (or all their figures as JSON);
 * {@code voipgw models show MODEL [--json]}: one model in full. Figures come from the guide's spec sheets
 * (lines 3972–4300) via {@link org.voipgw.boards.ModelSpec}.
 */
@Command(name = "models", mixinStandardHelpOptions = true, description = "The five gateway models and their figures.",
        subcommands = ModelsCommand.Show.class)
public final class ModelsCommand implements Runnable {
    @Option(names = "--json", description = "Every figure of every model as a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(json ? new ModelJson().all().toPrettyString() + "\n" : ModelText.table());
        spec.commandLine().getOut().flush();
    }

    /** {@code voipgw models show MODEL}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "One model with every figure.")
    static final class Show implements Runnable {
        @Parameters(index = "0", paramLabel = "MODEL", converter = ModelConverter.class,
                description = "Ⅲ/III/3/SG1000an4, Ⅳ/IV/4/SG1000an8, Ⅵ/VI/6/SG1000is4, Ⅶ/VII/7/SG1000is8 or "
                        + "Ⅷ/VIII/8/VR23-PRI (case-insensitive).")
        GatewayModel model;

        @Option(names = "--json", description = "The model as a JSON object.")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().print(json ? new ModelJson().of(model.spec()).toPrettyString() + "\n"
                    : ModelText.detail(model.spec()));
            spec.commandLine().getOut().flush();
        }
    }
}
