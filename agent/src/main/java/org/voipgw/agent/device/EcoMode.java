package org.voipgw.agent.device;

import java.util.List;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Validators;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.LampFamily;

/** Ⅲ–Ⅶ 省エネモード (POWER green-blink, guide 4694), setting {@code power.eco=on|off}. */
public final class EcoMode implements DeviceFeature {
    static final String KEY = "power.eco";

    @Override
    public boolean appliesTo(GatewayModel model) {
        return model.family() == LampFamily.FXS_BRI;
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return List.of(new SettingKey(KEY, "on|off", "off", false, Validators.oneOf(List.of("on", "off"))));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // nothing to hold: the device reads the setting when it derives its power state
    }

    static boolean enabled(DeviceContext c) {
        return c.settings().key(KEY).isPresent() && "on".equals(c.settings().get(KEY));
    }
}
