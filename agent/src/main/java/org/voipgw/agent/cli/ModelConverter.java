package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import picocli.CommandLine;

/** {@code --model} values: Roman (Ⅷ or VIII), arabic (8) or device name (VR23-PRI). */
public final class ModelConverter implements CommandLine.ITypeConverter<GatewayModel> {
    @Override
    public GatewayModel convert(String value) {
        try {
            return GatewayModel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
