package org.voipgw.agent.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The device's user settings: a fixed set of {@link SettingKey}s (registered by the features at
 * assembly) and their current values. Changes are all-or-nothing: {@link #apply} checks every
 * proposed value first and changes nothing when one is bad; then it saves through the
 * {@link SettingsStore} (atomically) before anyone is told.
 */
public final class Settings {
    private final Map<String, SettingKey> keys = new TreeMap<>();
    private final Map<String, String> values = new TreeMap<>();
    private final SettingsStore store;
    private final List<Consumer<Collection<String>>> listeners = new CopyOnWriteArrayList<>();

    public Settings(SettingsStore store) {
        this.store = store;
    }

    public void register(SettingKey key) {
        if (keys.putIfAbsent(key.name(), key) != null) {
            throw new IllegalStateException("setting registered twice: " + key.name());
        }
    }

    public void registerAll(Collection<SettingKey> ks) {
        ks.forEach(this::register);
    }

    /** Loads what the store holds; stored values that are unknown or no longer valid are dropped. */
    public List<SettingError> load() {
        List<SettingError> dropped = new ArrayList<>();
        values.clear();
        for (Map.Entry<String, String> e : store.load().entrySet()) {
            SettingKey k = keys.get(e.getKey());
            Optional<String> err = k == null ? Optional.of("unknown setting") : k.check(e.getValue());
            if (err.isPresent()) {
                dropped.add(new SettingError(e.getKey(), err.get()));
            } else {
                values.put(e.getKey(), e.getValue());
            }
        }
        return dropped;
    }

    public Collection<SettingKey> keys() {
        return Collections.unmodifiableCollection(keys.values());
    }

    public Optional<SettingKey> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    public String get(String name) {
        SettingKey k = keys.get(name);
        if (k == null) {
            throw new IllegalArgumentException("unknown setting '" + name + "'");
        }
        return values.getOrDefault(name, k.factoryDefault());
    }

    public boolean getBool(String name) {
        return Boolean.parseBoolean(get(name));
    }

    public int getInt(String name) {
        return Integer.parseInt(get(name).trim());
    }

    /** Whether the user has set anything (the device leaves factory state when so). */
    public boolean anyUserValue() {
        return !values.isEmpty();
    }

    /** Checks all proposed values, then applies and saves them all, or none. */
    public List<SettingError> apply(Map<String, String> changes) {
        List<SettingError> errors = validate(changes);
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, String> next = new TreeMap<>(values);
        next.putAll(changes);
        store.save(next);
        values.clear();
        values.putAll(next);
        List<String> changed = List.copyOf(changes.keySet());
        listeners.forEach(l -> l.accept(changed));
        return List.of();
    }

    public List<SettingError> validate(Map<String, String> changes) {
        List<SettingError> errors = new ArrayList<>();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            SettingKey k = keys.get(e.getKey());
            if (k == null) {
                errors.add(new SettingError(e.getKey(), "unknown setting; `voipgw scenario settings` lists them"));
                continue;
            }
            k.check(e.getValue()).ifPresent(m -> errors.add(new SettingError(e.getKey(), m)));
        }
        return errors;
    }

    /** INIT switch: every user setting back to its factory default (and saved so). */
    public void factoryReset() {
        store.save(Map.of());
        List<String> changed = List.copyOf(values.keySet());
        values.clear();
        listeners.forEach(l -> l.accept(changed));
    }

    /** Current values of every key, defaults included, in key order. */
    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        keys.keySet().forEach(k -> m.put(k, get(k)));
        return m;
    }

    /** Called with the changed key names after every successful change. */
    public void onChange(Consumer<Collection<String>> listener) {
        listeners.add(listener);
    }
}
