package org.voipgw.webui;

import java.util.Optional;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;

/**
 * "What does this lamp state mean, and if it is abnormal, why and what to do" — the guide's lamp
 * tables as led-model's {@link CatalogueRow}s. Kept as its own small interface so the catalogue being
 * written in led-model plugs in as a method reference without webui knowing its shape.
 */
@FunctionalInterface
public interface LampExplainer {
    LampExplainer NONE = (family, lamp, state) -> Optional.empty();

    Optional<CatalogueRow> explain(LampFamily family, Lamp lamp, LampState state);
}
