package org.voipgw.led;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every lamp of both front panels, named as printed on the box (guide: Ⅷ lines 4306–4328,
 * Ⅲ/Ⅳ/Ⅵ/Ⅶ lines 4649–4669 and the table's rear lamps, 4844–4860). {@code LANn-SPEED} are the family's rear LAN speed lamps.
 */
public enum Lamp {
    POWER("POWER"),
    INIT("INIT"),
    ALARM("ALARM"),
    CONFIG("CONFIG"),
    PPP("PPP"),
    VOIP("VoIP"),
    WAN("WAN"),
    LAN1("LAN1"),
    LAN2("LAN2"),
    LAN3("LAN3"),
    LAN4("LAN4"),
    LAN1_SPEED("LAN1-SPEED"),
    LAN2_SPEED("LAN2-SPEED"),
    LAN3_SPEED("LAN3-SPEED"),
    LAN4_SPEED("LAN4-SPEED"),
    PRI("PRI"),
    /** Printed CLK on Ⅷ and in the family's overview, CLKI in the family's table: both are accepted. */
    CLK("CLK", "CLKI");

    private final String printed;
    private final List<String> aliases;

    Lamp(String printed, String... aliases) {
        this.printed = printed;
        this.aliases = List.of(aliases);
    }

    /** The name as printed on the panel (and used in JSON). */
    public String printed() {
        return printed;
    }

    public static final List<Lamp> LAN_LINK = List.of(LAN1, LAN2, LAN3, LAN4);
    public static final List<Lamp> LAN_SPEED = List.of(LAN1_SPEED, LAN2_SPEED, LAN3_SPEED, LAN4_SPEED);

    /** Finds a lamp by its printed name or an alias, case-insensitively. */
    public static Optional<Lamp> find(String name) {
        String k = name.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        for (Lamp l : values()) {
            if (l.printed.toUpperCase(Locale.ROOT).equals(k) || l.aliases.contains(k)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return printed;
    }
}
