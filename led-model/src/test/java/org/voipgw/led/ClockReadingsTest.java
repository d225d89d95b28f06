package org.voipgw.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.led.status.ClockSource;

/** CLK off read per what is known of the unit's clock (guide 4808–4811, 4595, 4889; Ⅲ/Ⅳ 4216–4279). */
class ClockReadingsTest {
    private static List<CatalogueRow> clkOff(LampFamily f, ClockRole role) {
        return LampCatalogue.find(f, role, Lamp.CLK, LampState.OFF);
    }

    @Test
    void noClockPortShowsOnlyOffAndThatIsNormal() {
        List<CatalogueRow> off = clkOff(LampFamily.FXS_BRI, ClockRole.NO_CLOCK_PORT);
        assertEquals(1, off.size());
        assertTrue(off.get(0).normal());
        assertFalse(off.get(0).verdictFromGuide());
        assertEquals(List.of(), off.get(0).remedy());
        assertEquals(List.of(), LampCatalogue.find(LampFamily.FXS_BRI, ClockRole.NO_CLOCK_PORT, Lamp.CLK, LampState.GREEN));
        assertEquals(List.of(LampState.OFF), LampCatalogue.statesOf(LampFamily.FXS_BRI, ClockRole.NO_CLOCK_PORT, Lamp.CLK));
        assertEquals(List.of(LampState.OFF, LampState.GREEN),
                LampCatalogue.statesOf(LampFamily.FXS_BRI, ClockRole.SLAVED, Lamp.CLK));
    }

    @Test
    void slavedFamilyUnitOffIsAbnormalWithTheGuidesCauseAndChecks() {
        CatalogueRow r = clkOff(LampFamily.FXS_BRI, ClockRole.SLAVED).get(0);
        assertFalse(r.normal());
        assertTrue(r.verdictFromGuide(), "the family's cause names this case (4809–4811)");
        assertEquals("クロック従属の端末で消灯している場合には、CLK信号が受け取れていない状態", r.cause().ja());
        assertEquals(GuideText.CLOCK_CHECKS, r.remedy());
        assertEquals(4808, r.line());
    }

    @Test
    void unknownSettingGivesBothReadingsOnTheFamilyAndTheRowAsPrintedOnViii() {
        List<CatalogueRow> both = clkOff(LampFamily.FXS_BRI, ClockRole.UNKNOWN);
        assertEquals(List.of(true, false), both.stream().map(CatalogueRow::normal).toList());
        assertEquals(List.of(ClockReadings.FREE, ClockReadings.SLAVED), both.stream().map(CatalogueRow::condition).toList());
        List<CatalogueRow> viii = clkOff(LampFamily.VIII, ClockRole.UNKNOWN);
        assertEquals(1, viii.size());
        assertNull(viii.get(0).condition());
        assertTrue(viii.get(0).normal() && viii.get(0).verdictFromGuide(), "正常動作 (4595)");
        assertFalse(clkOff(LampFamily.VIII, ClockRole.SLAVED).get(0).verdictFromGuide(), "slaved Ⅷ off: our reading");
    }

    @Test
    void otherStatesAndLampsAreUntouched() {
        assertEquals(LampCatalogue.find(LampFamily.VIII, Lamp.CLK, LampState.ORANGE_BLINK),
                LampCatalogue.find(LampFamily.VIII, ClockRole.SLAVED, Lamp.CLK, LampState.ORANGE_BLINK));
        assertEquals(LampCatalogue.find(LampFamily.FXS_BRI, Lamp.WAN, LampState.OFF),
                LampCatalogue.find(LampFamily.FXS_BRI, ClockRole.NO_CLOCK_PORT, Lamp.WAN, LampState.OFF));
    }

    @Test
    void aUnitsStatusNamesItsRole() {
        assertEquals(ClockRole.FREE, ClockRole.configured(ClockSource.INTERNAL, true));
        assertEquals(ClockRole.SLAVED, ClockRole.configured(ClockSource.BRI, true));
        assertEquals(ClockRole.SLAVED, ClockRole.configured(ClockSource.PRI, true));
        assertEquals(ClockRole.NO_CLOCK_PORT, ClockRole.configured(ClockSource.INTERNAL, false));
        assertEquals(ClockRole.SLAVED, ClockRole.parseGiven(" Slaved ").orElseThrow());
        assertTrue(ClockRole.parseGiven("unknown").isEmpty(), "only slaved|free can be given");
    }
}
