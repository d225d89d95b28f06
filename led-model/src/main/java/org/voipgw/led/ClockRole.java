package org.voipgw.led;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.voipgw.led.status.ClockSource;

/**
 * What is known of a unit's clock, which decides what its CLK lamp off means. The guide's family row
 * (4808–4811) prints no verdict: 自走状態, and "クロック従属の端末で消灯している場合には、CLK信号が受け取
 * れていない状態"; the ISDN models Ⅵ–Ⅷ must be in sync with the PBX (4889). Ⅷ's row says 正常動作 (4595),
 * with checks for a unit meant to follow a clock (4599–4607).
 */
public enum ClockRole {
    /**
     * Ⅲ/Ⅳ: no clock port (spec sheet ③, 4216–4279, names none; the BRI models have one, 4122–4129, and
     * clock sync is asked of Ⅵ–Ⅷ only, 4889). Their panel is the family's (4645, ⑧ CLK 4669), so the
     * lamp is there, but it can only be off.
     */
    NO_CLOCK_PORT("none"),
    /** Set to follow a clock (the PBX's, through the line or the CLK port): off means no clock signal. */
    SLAVED("slaved"),
    /** Set to free-run: off is what the lamp should show. */
    FREE("free"),
    /** A clock port, setting not known: on the family both readings apply. */
    UNKNOWN("unknown");

    private final String id;

    ClockRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The values an engineer can give ({@code diagnose --clock}). */
    public static final List<ClockRole> GIVEN = List.of(SLAVED, FREE);

    /** {@code slaved} or {@code free}, case-insensitively; empty for anything else. */
    public static Optional<ClockRole> parseGiven(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return GIVEN.stream().filter(r -> r.id.equals(k)).findFirst();
    }

    /**
     * What a running unit's own status tells: the source it is set to (internal: free-running, the PRI or
     * a BRI port: slaved), or no clock port at all.
     */
    public static ClockRole configured(ClockSource source, boolean hasClockPort) {
        if (!hasClockPort) {
            return NO_CLOCK_PORT;
        }
        return switch (source) {
            case INTERNAL -> FREE;
            case PRI, BRI -> SLAVED;
        };
    }

    /** When the setting is not given: what the model alone tells. */
    public static ClockRole unknown(boolean hasClockPort) {
        return hasClockPort ? UNKNOWN : NO_CLOCK_PORT;
    }
}
