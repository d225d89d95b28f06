package org.voipgw.fxs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.voipgw.hal.line.LineInterface;
import org.voipgw.hal.time.Scheduler;

/**
 * The FXS ports of one box (4 on Ⅲ, 8 on Ⅳ; guide 4236–4260), numbered from 1: builds a line per port
 * and offers incoming calls to the port {@link PortSelection} chooses.
 */
public final class FxsPorts {
    private final List<FxsLine> lines = new ArrayList<>();

    /**
     * @param interfaces one line interface per port, port 1 first
     * @param settings the port's settings, by port number
     * @param signalling the port's signal processing, by port number (each port its own DTMF detector)
     */
    public FxsPorts(Scheduler scheduler, List<? extends LineInterface> interfaces, IntFunction<FxsPortSettings> settings,
            IntFunction<LineSignalling> signalling, FxsLineEvents events) {
        if (interfaces.isEmpty()) {
            throw new IllegalArgumentException("a box with FXS ports has at least one");
        }
        for (int i = 0; i < interfaces.size(); i++) {
            int port = i + 1;
            lines.add(new FxsLine(port, scheduler, interfaces.get(i), settings.apply(port), signalling.apply(port), events));
        }
    }

    /** The box lost power or restarts: every line stops ({@link FxsLine#powerLost}). */
    public void powerLost() {
        lines().forEach(FxsLine::powerLost);
    }

    public int size() {
        return lines.size();
    }

    /** Port {@code n} (from 1). */
    public FxsLine port(int n) {
        if (n < 1 || n > lines.size()) {
            throw new IllegalArgumentException("FXS port " + n + " does not exist; valid: 1-" + lines.size());
        }
        return lines.get(n - 1);
    }

    public List<FxsLine> lines() {
        return List.copyOf(lines);
    }

    /**
     * Offers a call to {@code calledNumber} (already through 着信番号変換) to the chosen port.
     *
     * @return the choice: the port now ringing, or busy (486 / cause 17) when every port is in use
     */
    public PortSelection.Choice offer(String calledNumber, CallerIdentity caller) {
        PortSelection.Choice choice = PortSelection.choose(calledNumber, lines);
        if (choice instanceof PortSelection.Choice.Ring ring && !port(ring.port()).offer(caller)) {
            throw new IllegalStateException("port " + ring.port() + " was chosen free but refused the call");
        }
        return choice;
    }

    /** How many ports have a call (the VoIP lamp blinks while any has, guide 4789). */
    public int calls() {
        return (int) lines.stream().filter(l -> l.state().hasCall()).count();
    }

    /** The ports' dial-in numbers ({@code fxs.N.number}), which the carrier delivers to this box. */
    public Set<String> dialInNumbers() {
        Set<String> numbers = new LinkedHashSet<>();
        for (FxsLine l : lines) {
            if (!l.settings().number().isEmpty()) {
                numbers.add(l.settings().number());
            }
        }
        return numbers;
    }
}
