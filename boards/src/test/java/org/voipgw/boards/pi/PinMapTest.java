package org.voipgw.boards.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.GatewaySwitch;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;

class PinMapTest {

    @ParameterizedTest
    @EnumSource(LampFamily.class)
    void defaultsWireEveryLampOnFreeHeaderPinsOnce(LampFamily family) {
        PinMap map = PinMap.defaultFor(family);
        assertEquals(family, map.family());
        assertEquals(new HashSet<>(family.lamps()), map.lamps().keySet());
        List<Integer> pins = map.usedPins();
        assertEquals(pins.size(), new HashSet<>(pins).size(), "no pin twice");
        for (int p : pins) {
            assertTrue(p >= 2 && p <= 27 && p != 14 && p != 15, "BCM " + p + " keeps ID EEPROM and UART free");
        }
    }

    @ParameterizedTest
    @EnumSource(GatewayModel.class)
    void switchesMatchTheModel(GatewayModel m) {
        assertEquals(m.spec().switches().stream().filter(GatewaySwitch::readByFirmware).toList(),
                PinMap.defaultFor(m).switches().stream().map(SwitchPin::gatewaySwitch).toList());
    }

    @Test
    void lampsShownInTwoColoursHaveBothLeds() {
        PinMap viii = PinMap.defaultFor(LampFamily.VIII);
        for (Lamp l : List.of(Lamp.POWER, Lamp.INIT, Lamp.PPP, Lamp.WAN, Lamp.PRI, Lamp.CLK)) {
            assertTrue(viii.lamps().get(l).red().isPresent() && viii.lamps().get(l).green().isPresent(), l.printed());
        }
        assertFalse(viii.lamps().get(Lamp.ALARM).green().isPresent());
        PinMap fam = PinMap.defaultFor(LampFamily.FXS_BRI);
        for (Lamp l : Lamp.LAN_SPEED) {
            assertTrue(fam.lamps().get(l).red().isPresent() && fam.lamps().get(l).green().isPresent(), l.printed());
        }
    }

    @Test
    void rejectsDuplicatePinsForeignLampsAndBadNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new PinMap(LampFamily.VIII,
                Map.of(Lamp.POWER, LedPins.redGreen(2, 2)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PinMap(LampFamily.VIII,
                Map.of(Lamp.POWER, LedPins.greenOnly(2)), List.of(new SwitchPin(GatewaySwitch.INIT, 2, true))));
        assertThrows(IllegalArgumentException.class, () -> new PinMap(LampFamily.VIII,
                Map.of(Lamp.LAN1_SPEED, LedPins.greenOnly(2)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PinMap(LampFamily.VIII,
                Map.of(Lamp.POWER, LedPins.greenOnly(28)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PinMap(LampFamily.VIII, Map.of(),
                List.of(new SwitchPin(GatewaySwitch.INIT, 3, true), new SwitchPin(GatewaySwitch.INIT, 4, true))));
        assertThrows(IllegalArgumentException.class, () -> new LedPins(OptionalInt.empty(),
                OptionalInt.empty()));
    }
}
