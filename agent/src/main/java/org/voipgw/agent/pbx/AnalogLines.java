package org.voipgw.agent.pbx;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.settings.Validators;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;

/**
 * The PBX side of the analog models (Ⅲ/Ⅳ, FXS ports), until the FXS lines exist: it owns
 * {@code callsInProgress} there, set by the stand-in action {@code sip.calls N} (VoIP lamp green-blink
 * while calls are in progress). There is no PBX line lamp on these models and nothing to block while
 * the registration is lost (the FXS issue gives the lines their busy tone).
 */
public final class AnalogLines implements PbxSide {
    @Override
    public boolean appliesTo(GatewayModel model) {
        return model.spec().pbx().kind() == PbxInterface.FXS;
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        /** The action word keeps its historical name: scenarios use {@code sip.calls N}. */
        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            int channels = model.spec().voipChannels().total();
            Function<String, Optional<String>> count = Validators.integer(0, channels);
            return List.of(new ActionSpec("sip.calls", "N",
                    "stand-in until FXS calls exist: N calls in progress (0–" + channels + ")",
                    args -> args.size() == 1 ? count.apply(args.getFirst()) : Optional.of("sip.calls takes one number"),
                    (c, args) -> {
                        int n = Integer.parseInt(args.getFirst().trim());
                        c.updateStatus(s -> s.with(b -> b.callsInProgress = n));
                    }));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // nothing to wire: the stand-in action acts on the device it is given
    }

    @Override
    public void setInService(boolean inService) {
        // no line to block yet (see the class comment)
    }
}
