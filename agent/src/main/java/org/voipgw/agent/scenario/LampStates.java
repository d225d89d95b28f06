package org.voipgw.agent.scenario;

import java.util.List;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** The states a lamp can show on a model (from the guide's catalogue rows). */
final class LampStates {
    private LampStates() {
    }

    static List<LampState> shownBy(GatewayModel model, Lamp lamp) {
        // TODO(catalogue): LampCatalogue.statesOf(family, lamp) once the catalogue lands
        return List.of(LampState.values());
    }
}
