package org.voipgw.agent.device;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampPanel;

/**
 * Every lamp change with its time (the most recent {@value #KEEP}), and the last change of each
 * lamp kept for good, so "when did VoIP last change" has an answer however long the run.
 */
public final class LampHistory {
    static final int KEEP = 4096;
    private final Deque<LampChange> recent = new ArrayDeque<>();
    private final Map<Lamp, LampChange> last = new EnumMap<>(Lamp.class);

    void record(long at, LampPanel before, LampPanel after) {
        for (Lamp l : after.family().lamps()) {
            if (before.get(l) != after.get(l)) {
                LampChange c = new LampChange(at, l, before.get(l), after.get(l));
                last.put(l, c);
                recent.addLast(c);
                if (recent.size() > KEEP) {
                    recent.removeFirst();
                }
            }
        }
    }

    public Optional<LampChange> lastChange(Lamp lamp) {
        return Optional.ofNullable(last.get(lamp));
    }

    public List<LampChange> recent() {
        return List.copyOf(recent);
    }
}
