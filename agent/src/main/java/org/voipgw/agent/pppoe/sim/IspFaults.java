package org.voipgw.agent.pppoe.sim;

import java.util.List;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.pppoe.RetrySchedule;
import org.voipgw.boards.GatewayModel;

/**
 * The simulated ISP as part of a simulated box's world: its scenario faults ({@code pppoe.accounts},
 * {@code pppoe.ac}, {@code pppoe.auth}, {@code pppoe.echo}, {@code pppoe.padt}, ...). A feature of its own,
 * so the PPPoE feature holds no simulation and a live box offers no ISP faults.
 */
public final class IspFaults implements DeviceFeature {
    private final SimulatedAccessConcentrator isp;

    public IspFaults(SimulatedAccessConcentrator isp) {
        this.isp = isp;
    }

    /** The PPPoE client of a simulated box whose ISP is {@code isp}, on the standard retry schedule. */
    public static PppoeFeature pppoe(SimulatedAccessConcentrator isp) {
        return new PppoeFeature(new SimulatedPppoeBackend(isp), RetrySchedule.STANDARD);
    }

    public SimulatedAccessConcentrator isp() {
        return isp;
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<FaultSpec> faults(GatewayModel model) {
            return SimulatedAccessConcentrator.faults(c -> c.feature(IspFaults.class).map(IspFaults::isp)
                    .orElseThrow(() -> new IllegalStateException("this device has no simulated ISP")));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // the ISP is outside the box: nothing to wire
    }
}
