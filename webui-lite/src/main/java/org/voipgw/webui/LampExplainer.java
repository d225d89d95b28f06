package org.voipgw.webui;

import java.util.List;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;

/**
 * "What does this lamp state mean, and if it is abnormal, why and what to do" — the guide's lamp
 * tables as led-model's {@link CatalogueRow}s: usually one row, none when unknown, sometimes two (the
 * family's CONFIG green-blink has a （未提供） row beside the provided one). Its own small interface so
 * the catalogue plugs in as a method reference: {@code LampCatalogue::find}.
 */
@FunctionalInterface
public interface LampExplainer {
    LampExplainer NONE = (family, lamp, state) -> List.of();

    List<CatalogueRow> explain(LampFamily family, Lamp lamp, LampState state);
}
