package org.voipgw.agent.soak;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.Device;
import org.voipgw.hal.time.Scheduler;

/**
 * Calls during a soak: the hook through which call traffic joins the random faults. {@link VocabularyCalls}
 * places whole calls with the call actions a model's vocabulary offers ({@code pbx.call}, {@code ip.call},
 * {@code pbx.answer}, {@code pbx.hangup}, or the analog models' {@code phone N …}); a richer traffic model
 * plugs in here.
 */
public interface SoakTraffic {
    /** No calls at all. */
    SoakTraffic NONE = new SoakTraffic() {
        @Override
        public boolean step(Device device, RandomGenerator random, Scheduler scheduler) {
            return false;
        }

        @Override
        public void endAll(Device device) {
            // nothing to end
        }
    };

    /**
     * Starts one random call; its later steps (dialling, answering, hanging up after its holding time) run
     * on {@code scheduler}, the soak's virtual clock. False when this model has no call to start now.
     */
    boolean step(Device device, RandomGenerator random, Scheduler scheduler);

    /** Ends every call and forgets every later step (before a calm check: no call may be left stuck after this). */
    void endAll(Device device);

    /**
     * A channel still held after every call was ended (a port's call not back to null, an analog line not
     * idle), as a violation's text; empty when every channel is free.
     */
    default Optional<String> stuckChannel(Device device) {
        return Optional.empty();
    }

    /** What the calls look like now, for a violation's text (" (…)"), or "". */
    default String describe(Device device) {
        return "";
    }

    /** What the traffic did over the whole soak, e.g. {@code 4,210 calls placed, 3,980 talking}, or "". */
    default String figures() {
        return "";
    }
}
