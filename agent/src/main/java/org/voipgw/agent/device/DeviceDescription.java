package org.voipgw.agent.device;

import java.util.List;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;
import org.voipgw.boards.GatewayModel;

/**
 * What a box of a model understands, without a box: its scenario vocabulary (faults, actions, probes)
 * and its setting keys with their validators. The scenario parser and {@code voipgw scenario faults|settings}
 * check lines against it; a {@link Device} answers with its own ({@link Device#description()}).
 */
public record DeviceDescription(GatewayModel model, Vocabulary vocabulary, Settings settings) {

    /** The description of a box of {@code model} assembled from {@code features} (none is attached). */
    public static DeviceDescription of(GatewayModel model, List<? extends DeviceFeature> features) {
        List<DeviceFeature> applying = features.stream().filter(f -> f.appliesTo(model)).map(DeviceFeature.class::cast)
                .toList();
        Settings settings = new Settings(SettingsStore.inMemory());
        applying.forEach(f -> settings.registerAll(f.vocabulary().settings(model)));
        return new DeviceDescription(model, new Vocabulary(model, applying), settings);
    }
}
