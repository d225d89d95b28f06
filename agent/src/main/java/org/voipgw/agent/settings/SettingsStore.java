package org.voipgw.agent.settings;

import java.util.Map;

/** Where settings live between boots: a file in the flash directory, or memory in tests. */
public interface SettingsStore {
    Map<String, String> load();

    /** Replaces everything stored with {@code values}, atomically: after a crash, old or new, never a mix. */
    void save(Map<String, String> values);

    static SettingsStore inMemory() {
        return new SettingsStore() {
            private Map<String, String> stored = Map.of();

            @Override
            public Map<String, String> load() {
                return stored;
            }

            @Override
            public void save(Map<String, String> values) {
                stored = Map.copyOf(values);
            }
        };
    }
}
