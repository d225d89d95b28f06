package org.voipgw.isdn.clock;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.voipgw.isdn.StateCell;

/**
 * The communication-clock source of the box and whether it is locked (the CLK lamp; guide lines
 * 4595–4637, 4808–4825 and "clock synchronisation" 4885–4899). Configured source:
 * <ul>
 *   <li>{@link Source#PRI} (Ⅷ only): slaved to the PRI span — locked while the span delivers a
 *       framed signal and the PBX sends a clock on it (remedy: check the PRI lamp, then whether
 *       the PBX outputs a clock);
 *   <li>{@link Source#BRI} (Ⅷ BRI(CLK) port, Ⅵ/Ⅶ CLK port): slaved to a TE-mode BRI port —
 *       locked while its layer 1 is activated, the master clock device outputs a clock, the
 *       clock wiring is complete and the terminating resistor is in (remedies ①–④);
 *   <li>{@link Source#INTERNAL}: free running (Ⅲ/Ⅳ always) — never "locked", which is normal.
 * </ul>
 */
public final class ClockSync {
    public enum Source {
        INTERNAL,
        PRI,
        BRI
    }

    /** Which sources a model can slave to. */
    public enum Model {
        /** Ⅷ VR23-PRI: PRI, the BRI(CLK) port, or internal. */
        VIII(EnumSet.of(Source.PRI, Source.BRI, Source.INTERNAL)),
        /** Ⅵ/Ⅶ SG1000is: the BRI clock port or internal. */
        VI_VII(EnumSet.of(Source.BRI, Source.INTERNAL)),
        /** Ⅲ/Ⅳ SG1000an: analog only, internal clock. */
        III_IV(EnumSet.of(Source.INTERNAL));

        private final Set<Source> sources;

        Model(Set<Source> sources) {
            this.sources = sources;
        }

        public Set<Source> sources() {
            return Set.copyOf(sources);
        }
    }

    /** What the lamp needs: the configured source and whether we are locked to it. */
    public record Status(Source source, boolean locked) {}

    private final Source source;
    private boolean priSignal;
    private boolean briSignal;
    private boolean masterClockPresent = true;
    private boolean terminatorMissing;
    private boolean wiringOpen;
    private final StateCell<Status> status;

    public ClockSync(Model model, Source configured) {
        if (!model.sources.contains(configured)) {
            throw new IllegalArgumentException("model " + model + " cannot slave its clock to " + configured);
        }
        this.source = configured;
        this.status = new StateCell<>(compute());
    }

    /**
     * Follows {@code reference}, the interface the configured source names: the PRI span for
     * {@link Source#PRI}, the BRI clock port for {@link Source#BRI}.
     */
    public ClockSync attach(ClockReference reference) {
        Runnable follow = () -> {
            if (source == Source.PRI) {
                setPriSignal(reference.clockRecoverable());
            } else {
                setBriSignal(reference.clockRecoverable());
            }
        };
        reference.onClockChange(follow);
        follow.run();
        return this;
    }

    public void setPriSignal(boolean present) {
        priSignal = present;
        update();
    }

    public void setBriSignal(boolean present) {
        briSignal = present;
        update();
    }

    /** Whether the master (PBX or clock device) actually outputs a clock on the slaved interface. */
    public void setMasterClockPresent(boolean present) {
        masterClockPresent = present;
        update();
    }

    /** A terminating resistor is needed on the clock bus but missing. */
    public void setTerminatorMissing(boolean missing) {
        terminatorMissing = missing;
        update();
    }

    /** The clock wiring is not connected somewhere. */
    public void setWiringOpen(boolean open) {
        wiringOpen = open;
        update();
    }

    public Status status() {
        return status.get();
    }

    public void onChange(Consumer<Status> listener) {
        status.onChange(listener);
    }

    private Status compute() {
        boolean locked = switch (source) {
            case INTERNAL -> false;
            case PRI -> priSignal && masterClockPresent;
            case BRI -> briSignal && masterClockPresent && !terminatorMissing && !wiringOpen;
        };
        return new Status(source, locked);
    }

    private void update() {
        status.set(compute());
    }
}
