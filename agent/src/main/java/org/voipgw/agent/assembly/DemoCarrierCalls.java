package org.voipgw.agent.assembly;

import java.util.List;
import java.util.Optional;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;
import org.voipgw.boards.GatewayModel;

/**
 * The demo's carrier as the prompt reaches it: {@code ip.call NUMBER [from CALLER]} makes the embedded
 * carrier's far end call the box (the same words as the scenarios' simulated carrier), over real SIP and
 * RTP on loopback.
 */
final class DemoCarrierCalls implements DeviceFeature {
    private final EmbeddedRegistrar carrier;

    DemoCarrierCalls(EmbeddedRegistrar carrier) {
        this.carrier = carrier;
    }

    private static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            return List.of(new ActionSpec("ip.call", "NUMBER [from CALLER]",
                    "the demo carrier's far end calls the box's NUMBER (default caller " + DemoSip.DEMO_FAR_END + ")",
                    a -> (a.size() == 1 || a.size() == 3 && a.get(1).equals("from")) && a.get(0).matches("[0-9]{1,32}")
                            ? Optional.empty() : Optional.of("expected NUMBER [from CALLER]"),
                    DemoCarrierCalls::call));
        }
    };

    private static void call(DeviceContext c, List<String> a) {
        EmbeddedRegistrar carrier = c.feature(DemoCarrierCalls.class).orElseThrow().carrier;
        String from = a.size() == 3 ? a.get(2) : DemoSip.DEMO_FAR_END;
        if (!carrier.callSubscriber(a.get(0), from)) {
            throw new IllegalStateException(a.get(0) + " is not registered at the demo carrier");
        }
    }

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // the carrier is outside the box: nothing to wire
    }
}
