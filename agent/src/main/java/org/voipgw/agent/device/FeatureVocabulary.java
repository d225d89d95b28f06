package org.voipgw.agent.device;

import java.util.List;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;

/**
 * What a feature adds to the scenario language ({@code fault}, actions, {@code expect} probes) and to the
 * box's settings, for a model. A feature returns a static constant ({@link DeviceFeature#vocabulary()}):
 * being static, no handler can capture a feature instance, so every fault, action and probe acts on the
 * device context it is given — a scenario is checked against a description and run on another box.
 */
public interface FeatureVocabulary {
    /** No settings, faults, actions or probes. */
    FeatureVocabulary NONE = new FeatureVocabulary() {
    };

    default List<SettingKey> settings(GatewayModel model) {
        return List.of();
    }

    default List<FaultSpec> faults(GatewayModel model) {
        return List.of();
    }

    default List<ActionSpec> actions(GatewayModel model) {
        return List.of();
    }

    default List<ProbeSpec> probes(GatewayModel model) {
        return List.of();
    }
}
