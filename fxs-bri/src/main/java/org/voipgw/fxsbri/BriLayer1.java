package org.voipgw.fxsbri;

import java.util.function.Consumer;
import org.voipgw.isdn.StateCell;

/**
 * Layer-1 activation of a basic access S/T interface (ITU-T I.430 §6.2, JT-I430), simplified to
 * the signals a simulation can see: INFO 0 (no signal) and the activation sequence
 * INFO 1 → INFO 2 → INFO 3 → INFO 4, which we collapse into "the far end answers". The NT side
 * (PBX-facing ports) walks G1 deactivated → G2 pending activation → G3 activated; the TE side
 * (the clock ports) F3 deactivated → F4 awaiting signal → F6 synchronized → F7 activated. Loss of
 * signal returns to G1/F3 (the I.430 timers T2/T3 are not modelled). Layer 1 is kept permanently
 * activated while the far end is there (no deactivation when idle).
 */
public final class BriLayer1 {
    /** The INFO signals on the S/T interface (I.430 §6.2, table 2). */
    public enum Info {
        INFO0,
        INFO1,
        INFO2,
        INFO3,
        INFO4
    }

    /** Activation states: G1–G4 on the NT side, F3–F7 on the TE side (I.430 §6.2.1, §6.2.2). */
    public enum State {
        G1_DEACTIVATED,
        G2_PENDING_ACTIVATION,
        G3_ACTIVATED,
        F3_DEACTIVATED,
        F4_AWAITING_SIGNAL,
        F6_SYNCHRONIZED,
        F7_ACTIVATED;

        public boolean activated() {
            return this == G3_ACTIVATED || this == F7_ACTIVATED;
        }
    }

    private final boolean nt;
    private final StateCell<State> state;

    public BriLayer1(boolean nt) {
        this.nt = nt;
        this.state = new StateCell<>(nt ? State.G1_DEACTIVATED : State.F3_DEACTIVATED);
    }

    public State state() {
        return state.get();
    }

    public boolean activated() {
        return state.get().activated();
    }

    public void onChange(Consumer<State> listener) {
        state.onChange(listener);
    }

    /** An INFO signal received from the far end (I.430 tables 5 and 6, simplified). */
    public void received(Info info) {
        State next = switch (info) {
            case INFO0 -> nt ? State.G1_DEACTIVATED : State.F3_DEACTIVATED;
            case INFO1 -> nt ? State.G2_PENDING_ACTIVATION : state.get(); // TE asks to activate; we send INFO 2
            case INFO3 -> nt ? State.G3_ACTIVATED : state.get(); // TE synchronized; we send INFO 4
            case INFO2 -> nt ? state.get() : State.F6_SYNCHRONIZED; // NT activating; we answer INFO 3
            case INFO4 -> nt ? state.get() : State.F7_ACTIVATED;
        };
        state.set(next);
    }

    /** The simulated far end appears or goes away: run the whole activation, or deactivate. */
    public void farEnd(boolean present) {
        if (!present) {
            received(Info.INFO0);
        } else if (nt) {
            received(Info.INFO1);
            received(Info.INFO3);
        } else {
            state.set(State.F4_AWAITING_SIGNAL);
            received(Info.INFO2);
            received(Info.INFO4);
        }
    }

}
