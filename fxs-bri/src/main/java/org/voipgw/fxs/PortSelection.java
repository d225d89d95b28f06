package org.voipgw.fxs;

import java.util.ArrayList;
import java.util.List;

/**
 * Which FXS port rings for an incoming call (issue 11, "Which port rings"), after the call core's
 * 着信番号変換: the free port whose {@code fxs.N.number} is the called number; otherwise the first free
 * port counting up from port 1, as a 代表 (hunt) group does. A port in use is skipped — also a port whose
 * own number was called: the call then hunts on like any other (our reading of "a port in use is
 * skipped"). With every port in use the call is refused busy: SIP 486 Busy Here, Q.850 cause 17 user busy
 * (the pair RFC 3398 §7.2.4.1 maps both ways).
 */
public final class PortSelection {
    /** The Q.850 cause when every port is in use: 17, user busy (ITU-T Q.850 Table 1). */
    public static final int BUSY_CAUSE = 17;

    /** One port as the selection sees it. */
    public record Port(int number, String dialIn, boolean inUse) {
    }

    /** The choice. */
    public sealed interface Choice {
        record Ring(int port) implements Choice {
        }

        record Busy(int cause) implements Choice {
        }
    }

    private PortSelection() {
    }

    /** Chooses among {@code ports} (in any order) for a call to {@code calledNumber}. */
    public static Choice choose(String calledNumber, List<Port> ports) {
        List<Port> byNumber = ports.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
        for (Port p : byNumber) {
            if (!p.inUse() && !p.dialIn().isEmpty() && p.dialIn().equals(calledNumber)) {
                return new Choice.Ring(p.number());
            }
        }
        for (Port p : byNumber) {
            if (!p.inUse()) {
                return new Choice.Ring(p.number());
            }
        }
        return new Choice.Busy(BUSY_CAUSE);
    }

    /** The same over live lines. */
    public static Choice choose(String calledNumber, Iterable<FxsLine> lines) {
        List<Port> ports = new ArrayList<>();
        for (FxsLine l : lines) {
            ports.add(new Port(l.port(), l.settings().number(), l.state().inUse()));
        }
        return choose(calledNumber, ports);
    }
}
