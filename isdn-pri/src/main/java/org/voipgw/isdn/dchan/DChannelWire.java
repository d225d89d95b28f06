package org.voipgw.isdn.dchan;

import org.voipgw.hal.dchan.DChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.voipgw.hal.time.Scheduler;

/**
 * An in-memory D channel between the gateway and one or more PBX ports/terminals (a PRI or a
 * point-to-point BRI has one; a point-to-multipoint BRI passive bus several, I.430 §3), on the
 * device's scheduler: each frame is delivered as its own event (no re-entrancy, order kept).
 * Frames from the gateway reach every terminal; frames from a terminal reach the gateway only.
 * {@link #cut()} models a cable cut (layer-1 loss both ways, frames dropped);
 * {@link #dropIf} loses selected frames.
 */
public final class DChannelWire {
    private final Scheduler scheduler;
    private final End gateway = new End(true);
    private final List<End> terminals = new ArrayList<>();
    private boolean connected = true;
    private Predicate<byte[]> drop = f -> false;

    public DChannelWire(Scheduler scheduler) {
        this.scheduler = scheduler;
        terminals.add(new End(false));
    }

    /** The end plugged into the gateway. */
    public DChannel gatewayEnd() {
        return gateway;
    }

    /** The (first) end on the PBX side. */
    public DChannel pbxEnd() {
        return terminals.get(0);
    }

    /** Another terminal on the same passive bus (point-to-multipoint BRI). */
    public DChannel addTerminal() {
        End e = new End(false);
        terminals.add(e);
        return e;
    }

    public void cut() {
        setConnected(false);
    }

    public void repair() {
        setConnected(true);
    }

    public boolean connected() {
        return connected;
    }

    /** Frames matching {@code predicate} are lost in transit from now on. */
    public void dropIf(Predicate<byte[]> predicate) {
        drop = predicate;
    }

    private void setConnected(boolean up) {
        if (up == connected) {
            return;
        }
        connected = up;
        scheduler.execute(() -> {
            gateway.signalChanged(up);
            terminals.forEach(t -> t.signalChanged(up));
        });
    }

    private final class End implements DChannel {
        private final boolean isGateway;
        private Consumer<byte[]> receiver = f -> { };
        private final List<Consumer<Boolean>> signalListeners = new ArrayList<>();

        End(boolean isGateway) {
            this.isGateway = isGateway;
        }

        @Override
        public void send(byte[] frame) {
            if (!connected || drop.test(frame)) {
                return;
            }
            byte[] copy = frame.clone();
            for (End to : isGateway ? List.copyOf(terminals) : List.of(gateway)) {
                scheduler.execute(() -> {
                    if (connected) {
                        to.receiver.accept(copy.clone());
                    }
                });
            }
        }

        @Override
        public void onReceive(Consumer<byte[]> r) {
            receiver = r;
        }

        @Override
        public void onSignal(Consumer<Boolean> listener) {
            signalListeners.add(listener);
        }

        @Override
        public boolean signal() {
            return connected;
        }

        void signalChanged(boolean up) {
            signalListeners.forEach(l -> l.accept(up));
        }
    }
}
