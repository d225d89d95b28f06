package org.voipgw.webui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * What every settings form (PPPoE, 着信番号変換, FXS ports) shares: the {@link FormVersion} of the stored
 * values it was drawn from, and its errors keyed by setting key ({@code pppoe.1.mtu}, {@code conversion.3.to},
 * …) — the form's own checks and the device's refusals alike, so a field finds its message by its name.
 * A refusal for a key the form does not show is kept apart ({@link #unplaced}) and shown above the form,
 * so no refusal is ever silent.
 */
abstract class SettingsForm {
    private final String version;
    private final Map<String, Text> errors = new LinkedHashMap<>();
    private final List<FieldError> unplaced = new ArrayList<>();

    SettingsForm(String version) {
        this.version = version;
    }

    /** Whether the form has a field for setting {@code key}. */
    abstract boolean shows(String key);

    final String version() {
        return version;
    }

    /** The error of the field for setting {@code key}, null when it was accepted. */
    final Text error(String key) {
        return errors.get(key);
    }

    final void refuse(String key, Text message) {
        errors.put(key, message);
    }

    final boolean hasErrors() {
        return !errors.isEmpty() || !unplaced.isEmpty();
    }

    /** Refusals the form has no field for. */
    final List<FieldError> unplaced() {
        return List.copyOf(unplaced);
    }

    /** Marks the fields the device refused. */
    final void reject(List<FieldError> refused) {
        for (FieldError e : refused) {
            if (shows(e.key())) {
                errors.put(e.key(), e.message());
            } else {
                unplaced.add(e);
            }
        }
    }
}
