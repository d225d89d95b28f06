package org.voipgw.agent.soak;

import java.util.random.RandomGenerator;
import org.voipgw.agent.device.Device;

/**
 * Calls during a soak: the hook through which call traffic joins the random faults. {@link VocabularyCalls}
 * drives the call actions a model's vocabulary offers ({@code pbx.call}, {@code ip.call}, {@code pbx.answer},
 * {@code pbx.hangup}, or the analog models' {@code phone N …}); a richer traffic model plugs in here.
 */
public interface SoakTraffic {
    /** No calls at all. */
    SoakTraffic NONE = new SoakTraffic() {
        @Override
        public boolean step(Device device, RandomGenerator random) {
            return false;
        }

        @Override
        public void endAll(Device device) {
            // nothing to end
        }
    };

    /** One random call action; false when this model has none. */
    boolean step(Device device, RandomGenerator random);

    /** Ends every call (before a calm check: no call may be left stuck after this). */
    void endAll(Device device);

    /** What the calls look like now, for a violation's text (" (…)"), or "". */
    default String describe(Device device) {
        return "";
    }
}
