package org.voipgw.boards.pi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.GatewaySwitch;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;

/**
 * Which Raspberry Pi GPIO (BCM numbering) drives each lamp LED and reads each switch.
 *
 * <p>The defaults use only BCM 2–13 and 16–27 (24 pins on the 40-pin header): BCM 0/1 stay free for the
 * HAT ID EEPROM and BCM 14/15 for the serial maintenance console (UART TXD/RXD). With 24 pins, not every
 * lamp can have two LEDs; a lamp gets the LEDs of the colours the guide's tables show it in, so every
 * documented state can be shown. Pins not listed below are spare.
 *
 * <pre>
 * Ⅷ panel (guide 4350–4641)             FXS/BRI panel (guide 4675–4862)
 * lamp    colours printed  red green     lamp        colours printed   red green
 * POWER   緑 赤 橙 (4367–84)  2   3      POWER       緑 (4692–94)       -   2
 * INIT    橙 (4391–96)        4   5      INIT        赤 (4698–4703)     3   -
 * ALARM   赤 (4403)           6   -      ALARM       赤 (4707–09)       4   -
 * CONFIG  緑 (4413)           -   7      CONFIG      緑, 赤 未提供 (4713–21) 5  6
 * PPP     緑 橙 (4451–53)     8   9      PPP         緑 (4741–43)       -   7
 * VoIP    緑 (4487–89)        -  10      VoIP        緑 (4787–89)       -   8
 * WAN     緑 赤 (4504–08)    11  12      WAN         緑 (4804–06)       -   9
 * LAN1..4 緑 (4528)           - 13,16,17,18  CLK(CLKI) 緑 (4825)         -  10
 * PRI     緑 赤 (4543–79)    19  20      LAN1..4     緑 (4840–42)       - 11,12,13,16
 * CLK     緑 橙 (4609–29)    21  22      LAN1..4 SPEED 橙 (4846)  17/18, 19/20, 21/22, 23/24
 * INIT switch     BCM 23, active high
 * SHUTDOWN switch BCM 24, active high    no switch: the family's description names none (4645–4669)
 * (Ⅷ's rear main power switch, 4343–4346, cuts the power and is not read)
 * </pre>
 * Switches are wired to 3.3 V with the pin's pull-down enabled (pressed = HIGH).
 */
public record PinMap(LampFamily family, Map<Lamp, LedPins> lamps, List<SwitchPin> switches) {
    /** The highest BCM GPIO on the Pi's 40-pin header. */
    public static final int MAX_BCM = 27;

    public PinMap {
        Map<Lamp, LedPins> copy = new EnumMap<>(Lamp.class);
        copy.putAll(lamps);
        for (Lamp l : copy.keySet()) {
            if (!family.has(l)) {
                throw new IllegalArgumentException("lamp " + l + " is not on the " + family + " panel");
            }
        }
        lamps = Collections.unmodifiableMap(copy);
        switches = List.copyOf(switches);
        Set<Integer> used = new HashSet<>();
        IntStream all = IntStream.concat(copy.values().stream().flatMapToInt(LedPins::pins),
                switches.stream().mapToInt(SwitchPin::bcm));
        all.forEach(pin -> {
            if (pin < 0 || pin > MAX_BCM) {
                throw new IllegalArgumentException("BCM " + pin + " is not a GPIO of the 40-pin header (0–" + MAX_BCM + ")");
            }
            if (!used.add(pin)) {
                throw new IllegalArgumentException("BCM " + pin + " is assigned twice");
            }
        });
        Set<GatewaySwitch> seen = new HashSet<>();
        for (SwitchPin s : switches) {
            if (!seen.add(s.gatewaySwitch())) {
                throw new IllegalArgumentException("switch " + s.gatewaySwitch() + " is assigned twice");
            }
        }
    }

    /** The default map for a model's panel (see the class comment). */
    public static PinMap defaultFor(GatewayModel model) {
        return defaultFor(model.spec().lampFamily());
    }

    /** The default map for a panel (see the class comment). */
    public static PinMap defaultFor(LampFamily family) {
        return family == LampFamily.VIII ? viii() : fxsBri();
    }

    private static PinMap viii() {
        Map<Lamp, LedPins> m = new LinkedHashMap<>();
        m.put(Lamp.POWER, LedPins.redGreen(2, 3));
        m.put(Lamp.INIT, LedPins.redGreen(4, 5));
        m.put(Lamp.ALARM, LedPins.redOnly(6));
        m.put(Lamp.CONFIG, LedPins.greenOnly(7));
        m.put(Lamp.PPP, LedPins.redGreen(8, 9));
        m.put(Lamp.VOIP, LedPins.greenOnly(10));
        m.put(Lamp.WAN, LedPins.redGreen(11, 12));
        putGreen(m, Lamp.LAN_LINK, 13, 16, 17, 18);
        m.put(Lamp.PRI, LedPins.redGreen(19, 20));
        m.put(Lamp.CLK, LedPins.redGreen(21, 22));
        return new PinMap(LampFamily.VIII, m,
                List.of(new SwitchPin(GatewaySwitch.INIT, 23, true), new SwitchPin(GatewaySwitch.SHUTDOWN, 24, true)));
    }

    private static PinMap fxsBri() {
        Map<Lamp, LedPins> m = new LinkedHashMap<>();
        m.put(Lamp.POWER, LedPins.greenOnly(2));
        m.put(Lamp.INIT, LedPins.redOnly(3));
        m.put(Lamp.ALARM, LedPins.redOnly(4));
        m.put(Lamp.CONFIG, LedPins.redGreen(5, 6));
        m.put(Lamp.PPP, LedPins.greenOnly(7));
        m.put(Lamp.VOIP, LedPins.greenOnly(8));
        m.put(Lamp.WAN, LedPins.greenOnly(9));
        m.put(Lamp.CLK, LedPins.greenOnly(10));
        putGreen(m, Lamp.LAN_LINK, 11, 12, 13, 16);
        int pin = 17;
        for (Lamp speed : Lamp.LAN_SPEED) { // orange = both LEDs (4846)
            m.put(speed, LedPins.redGreen(pin, pin + 1));
            pin += 2;
        }
        return new PinMap(LampFamily.FXS_BRI, m, List.of());
    }

    private static void putGreen(Map<Lamp, LedPins> m, List<Lamp> lamps, int... pins) {
        for (int i = 0; i < lamps.size(); i++) {
            m.put(lamps.get(i), LedPins.greenOnly(pins[i]));
        }
    }

    /** Every assigned BCM pin, lamps first (in panel order), then switches. */
    public List<Integer> usedPins() {
        List<Integer> pins = new ArrayList<>();
        for (Lamp l : family.lamps()) {
            LedPins p = lamps.get(l);
            if (p != null) {
                p.pins().forEach(pins::add);
            }
        }
        switches.forEach(s -> pins.add(s.bcm()));
        return pins;
    }
}
