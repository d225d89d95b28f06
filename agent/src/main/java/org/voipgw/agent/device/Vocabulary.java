package org.voipgw.agent.device;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.voipgw.boards.GatewayModel;

/**
 * The faults, actions and probes one model offers, gathered from its features: the table behind
 * the scenario language and {@code voipgw scenario faults}. A name offered twice is a wiring bug.
 */
public final class Vocabulary {
    private final Map<String, FaultSpec> faults = new TreeMap<>();
    private final Map<String, ActionSpec> actions = new TreeMap<>();
    private final Map<String, ProbeSpec> probes = new TreeMap<>();

    public Vocabulary(GatewayModel model, List<DeviceFeature> features) {
        for (DeviceFeature f : features) {
            FeatureVocabulary v = f.vocabulary();
            v.faults(model).forEach(x -> put(faults, x.name(), x));
            v.actions(model).forEach(x -> put(actions, x.word(), x));
            v.probes(model).forEach(x -> put(probes, x.word(), x));
        }
    }

    private static <T> void put(Map<String, T> m, String name, T v) {
        if (m.putIfAbsent(name, v) != null) {
            throw new IllegalStateException("offered twice: " + name);
        }
    }

    public Optional<FaultSpec> fault(String name) {
        return Optional.ofNullable(faults.get(name));
    }

    public Optional<ActionSpec> action(String word) {
        return Optional.ofNullable(actions.get(word));
    }

    public Optional<ProbeSpec> probe(String word) {
        return Optional.ofNullable(probes.get(word));
    }

    public Collection<FaultSpec> faults() {
        return Collections.unmodifiableCollection(faults.values());
    }

    public Collection<ActionSpec> actions() {
        return Collections.unmodifiableCollection(actions.values());
    }

    public Collection<ProbeSpec> probes() {
        return Collections.unmodifiableCollection(probes.values());
    }
}
