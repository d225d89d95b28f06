package org.voipgw.led.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voipgw.led.ClockRole;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Language;

class DiagnoserTest {
    /** "WAN=red-blink VoIP=off" style observations. */
    private static List<Observation> obs(String... pairs) {
        List<Observation> out = new ArrayList<>();
        for (String p : pairs) {
            String[] kv = p.split("=");
            out.add(new Observation(Lamp.find(kv[0]).orElseThrow(), LampState.parse(kv[1])));
        }
        return out;
    }

    private static Verdict verdict(LampFamily f, String... pairs) {
        return Diagnoser.diagnose(f, obs(pairs)).verdict();
    }

    @Test
    void wanLinkDownExplainsVoipOff() {
        Verdict v = verdict(LampFamily.VIII, "VoIP=off", "WAN=red-blink");
        assertEquals(Lamp.WAN, v.lamp());
        assertTrue(v.reason().en().startsWith("WAN red-blink (WAN link down), which also explains VoIP off; act on WAN"
                + " first: Check that the WAN-IF cable is not broken."), v.reason().en());
        assertTrue(v.reason().ja().contains("VoIPランプ消灯も説明する"), v.reason().ja());
    }

    /**
     * The guide's own hints: PRI red with VoIP off → VoIP ("VoIPランプが消灯している時には、そちらの対処を
     * 実施する", 4583); CLK orange-blink with PRI red-blink → PRI ("PRIが正常でない場合には、その対処を実施する",
     * 4631); family VoIP off with PPP green-blink → PPP ("OCN利用時にはPPPランプが緑点灯になっているか", 4777).
     */
    @ParameterizedTest
    @CsvSource({
        "VIII, VoIP, PRI=red, VoIP=off, PRI red",
        "VIII, PRI, CLK=orange-blink, PRI=red-blink, CLK orange-blink",
        "FXS_BRI, PPP, VoIP=off, PPP=green-blink, VoIP off",
    })
    void actsOnTheLampTheGuideSaysToCheckFirst(LampFamily f, String lamp, String a, String b, String explained) {
        Verdict v = verdict(f, a, b);
        assertEquals(Lamp.find(lamp).orElseThrow(), v.lamp());
        assertTrue(v.reason().en().contains("which also explains " + explained), v.reason().en());
    }

    @Test
    void explanationsChainThroughGivenLampsOnly() {
        Verdict chain = verdict(LampFamily.VIII, "CLK=orange-blink", "PRI=red", "VoIP=off", "WAN=red-blink");
        assertEquals(Lamp.WAN, chain.lamp());
        assertTrue(chain.reason().en().contains("explains VoIP off, PRI red, CLK orange-blink"), chain.reason().en());
        assertFalse(chain.reason().en().contains("Then"), chain.reason().en());
        // VoIP not read out: a WAN link down still explains PRI red — no registration can live without
        // the WAN, and its loss blocks the PRI (guide 4581)
        Verdict direct = verdict(LampFamily.VIII, "PRI=red", "WAN=red-blink");
        assertEquals(Lamp.WAN, direct.lamp());
        assertTrue(direct.reason().en().contains("which also explains PRI red"), direct.reason().en());
        assertFalse(direct.reason().en().contains("Then"), direct.reason().en());
        // but not PRI red-blink (a line fault of its own) …
        Verdict own = verdict(LampFamily.VIII, "PRI=red-blink", "WAN=red-blink");
        assertTrue(own.reason().en().endsWith("Then act on PRI red-blink."), own.reason().en());
        // … and a healthy-looking WAN explains nothing
        Verdict none = verdict(LampFamily.VIII, "PRI=red", "CLK=orange-blink");
        assertEquals(Lamp.PRI, none.lamp());
    }

    @Test
    void unrelatedAbnormalLampsFollowTheOrder() {
        Verdict v = verdict(LampFamily.VIII, "CLK=green-blink", "ALARM=red", "LAN2=off");
        assertEquals(Lamp.ALARM, v.lamp());
        assertTrue(v.reason().en().endsWith("Then act on CLK green-blink."), v.reason().en());
        assertTrue(v.reason().ja().endsWith("その後、CLKランプ（緑）点滅の対処を実施する。"), v.reason().ja());
    }

    @Test
    void powerExplainsEverythingAndARowWithoutStepsSaysSo() {
        Verdict v = verdict(LampFamily.VIII, "WAN=off", "POWER=orange");
        assertEquals(Lamp.POWER, v.lamp());
        assertTrue(v.reason().en().contains("explains WAN off"), v.reason().en());
        assertTrue(v.reason().en().contains("no remedy steps"), v.reason().en());
    }

    @Test
    void noVerdictWhenEveryGivenLampIsNormal() {
        assertNull(verdict(LampFamily.VIII, "PPP=off", "LAN1=off", "CLK=off", "POWER=green"));
        assertNull(verdict(LampFamily.FXS_BRI, "CONFIG=green-blink", "LAN4-SPEED=orange"));
        assertNull(verdict(LampFamily.FXS_BRI));
    }

    @Test
    void findingsKeepTheGivenOrderAndTheNotProvidedAlternative() {
        Diagnosis d = Diagnoser.diagnose(LampFamily.FXS_BRI, obs("CONFIG=green-blink", "POWER=green"));
        assertEquals(List.of(Lamp.CONFIG, Lamp.POWER), d.findings().stream().map(LampFinding::lamp).toList());
        LampFinding config = d.findings().get(0);
        assertFalse(config.row().notProvided());
        assertTrue(config.notProvidedAlternative().orElseThrow().notProvided());
        assertTrue(d.findings().get(1).notProvidedAlternative().isEmpty());
    }

    @Test
    void badObservationsNameTheValidValues() {
        IllegalArgumentException notOnPanel = assertThrows(IllegalArgumentException.class,
                () -> Diagnoser.diagnose(LampFamily.FXS_BRI, obs("PRI=green")));
        assertTrue(notOnPanel.getMessage().contains("LAN1-SPEED"), notOnPanel.getMessage());
        IllegalArgumentException badState = assertThrows(IllegalArgumentException.class,
                () -> Diagnoser.diagnose(LampFamily.VIII, obs("WAN=orange")));
        assertTrue(badState.getMessage().endsWith("off, green, green-blink, red-blink"), badState.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Diagnoser.diagnose(LampFamily.VIII, obs("WAN=green", "wan=off")));
    }

    @Test
    void aLampWhoseVerdictDependsOnTheClockIsNotActedOnFirstButNamed() {
        Diagnosis d = Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.UNKNOWN, obs("CLK=off", "POWER=green"));
        assertEquals(LampFinding.Judgement.DEPENDS, d.findings().get(0).judgement());
        assertEquals(Lamp.CLK, d.verdict().lamp());
        assertTrue(d.verdict().reason().en().contains("give the setting with --clock slaved|free"), d.verdict().reason().en());
        Verdict withWan = Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.UNKNOWN, obs("CLK=off", "WAN=off")).verdict();
        assertEquals(Lamp.WAN, withWan.lamp());
        assertTrue(withWan.reason().ja().contains("CLKランプ消灯はクロックの設定によって"), withWan.reason().ja());
        assertNull(Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.FREE, obs("CLK=off")).verdict());
        assertEquals(Lamp.CLK, Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.SLAVED, obs("CLK=off")).verdict().lamp());
    }

    @Test
    void refusalsComeInBothLanguagesWithTheValidValues() {
        DiagnosisRefusal r = assertThrows(DiagnosisRefusal.class,
                () -> Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.NO_CLOCK_PORT, obs("CLK=green")));
        assertEquals(List.of("off"), r.valid());
        assertTrue(r.in(Language.JA).startsWith("Ⅲ型/Ⅳ型にはクロックポートがなく"), r.in(Language.JA));
        assertTrue(r.getMessage().startsWith("CLK cannot show green on Ⅲ/Ⅳ"), r.getMessage());
        DiagnosisRefusal states = assertThrows(DiagnosisRefusal.class,
                () -> Diagnoser.diagnose(LampFamily.FXS_BRI, ClockRole.UNKNOWN, obs("CONFIG=orange")));
        assertEquals(List.of("off", "green-blink", "green", "red", "red-blink"), states.valid());
        assertTrue(states.in(Language.JA).endsWith("状態：off, green-blink, green（未提供）, red（未提供）, red-blink（未提供）"),
                states.in(Language.JA));
    }

    @Test
    void aStepEndingInAQuestionMarkEndsTheSentence() {
        Verdict v = verdict(LampFamily.FXS_BRI, "POWER=off");
        assertFalse(v.reason().ja().contains("？。"), v.reason().ja());
        assertFalse(v.reason().en().contains("?."), v.reason().en());
    }
}
