package org.voipgw.agent.device;

import java.util.List;
import java.util.Optional;
import org.voipgw.boards.GatewayModel;

/** {@code expect firmware VERSION}: the version the box runs (it changes after an update is written). */
public final class FirmwareProbe implements DeviceFeature {

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            return List.of(new ProbeSpec("firmware", "VERSION (the running firmware)", List.of(),
                    args -> args.isEmpty() ? Optional.empty() : Optional.of("firmware takes no arguments before the VERSION"),
                    (c, args) -> c.status().firmware().running(),
                    v -> v.matches("[A-Za-z0-9._-]{1,32}") ? Optional.empty()
                            : Optional.of("'" + v + "' is not a firmware version; valid: 1–32 of A-Z a-z 0-9 . _ -")));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // reads the device status only
    }
}
