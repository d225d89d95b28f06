package org.voipgw.agent.scenario;

import java.util.List;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampState;

/**
 * The states a lamp can show on a model: those of the guide's catalogue rows (未提供 rows included), less
 * those the model cannot show (Ⅲ/Ⅳ have no clock port: CLK off only, {@link GatewayModel#clockRole()}).
 */
final class LampStates {
    private LampStates() {
    }

    static List<LampState> shownBy(GatewayModel model, Lamp lamp) {
        return LampCatalogue.statesOf(model.family(), model.clockRole(), lamp);
    }
}
