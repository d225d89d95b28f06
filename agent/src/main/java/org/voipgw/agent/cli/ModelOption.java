package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import picocli.CommandLine.Option;

/** The {@code --model} option shared by the commands that run or describe one model. */
public final class ModelOption {
    @Option(names = "--model", defaultValue = "VIII", converter = ModelConverter.class,
            description = "model: Ⅲ/III/3/SG1000an4, Ⅳ, Ⅵ, Ⅶ, Ⅷ/VIII/8/VR23-PRI (default VIII)")
    GatewayModel model;

    public GatewayModel model() {
        return model;
    }
}
