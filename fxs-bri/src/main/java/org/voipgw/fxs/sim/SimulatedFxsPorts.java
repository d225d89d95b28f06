package org.voipgw.fxs.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.voipgw.fxs.FxsLineEvents;
import org.voipgw.fxs.FxsPortSettings;
import org.voipgw.fxs.FxsPorts;
import org.voipgw.fxs.LineSignalling;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.Scheduler;

/**
 * A simulated box's FXS side in one piece: a simulated line and a phone with ナンバー・ディスプレイ on each
 * of its ports (4 on Ⅲ, 8 on Ⅳ), and the {@link FxsPorts} over them — what a scenario or the demo
 * assembles for the analog models.
 */
public final class SimulatedFxsPorts {
    private final List<SimulatedLineInterface> wires = new ArrayList<>();
    private final List<SimulatedPhone> phones = new ArrayList<>();
    private final FxsPorts ports;

    /**
     * @param count how many ports
     * @param callerIdReceivers each phone's ナンバー・ディスプレイ receiver by port ({@code null} for a phone
     *     without one)
     */
    public SimulatedFxsPorts(Scheduler scheduler, int count, IntFunction<FxsPortSettings> settings,
            IntFunction<LineSignalling> signalling, PhoneSignals phoneSignals, IntFunction<CallerIdReceiver> callerIdReceivers,
            FxsLineEvents events) {
        if (count < 1) {
            throw new IllegalArgumentException("a box with FXS ports has at least one, got " + count);
        }
        for (int port = 1; port <= count; port++) {
            SimulatedLineInterface wire = new SimulatedLineInterface(scheduler);
            wires.add(wire);
            phones.add(new SimulatedPhone(port, scheduler, wire, phoneSignals, callerIdReceivers.apply(port)));
        }
        ports = new FxsPorts(scheduler, wires, settings, signalling, events);
    }

    public FxsPorts ports() {
        return ports;
    }

    /** The phone on port {@code n} (from 1). */
    public SimulatedPhone phone(int n) {
        ports.port(n); // the same range check and message as the ports
        return phones.get(n - 1);
    }

    /** The wire of port {@code n} (from 1): its recorded ringing and polarity, and a tap on its audio. */
    public SimulatedLineInterface wire(int n) {
        ports.port(n);
        return wires.get(n - 1);
    }
}
