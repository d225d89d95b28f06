package org.voipgw.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.voipgw.led.LampFamily;

class GatewayModelTest {

    @ParameterizedTest
    @CsvSource({
        "Ⅲ, III", "III, III", "iii, III", "3, III", "SG1000an4, III", "sg1000AN4, III", "ⅲ, III", "Ⅲ型, III",
        "Ⅳ, IV", "IV, IV", "4, IV", "SG1000an8, IV",
        "Ⅵ, VI", "VI, VI", "6, VI", "SG1000is4, VI",
        "Ⅶ, VII", "VII, VII", "7, VII", "SG1000is8, VII",
        "Ⅷ, VIII", "VIII, VIII", "viii, VIII", "8, VIII", "VR23-PRI, VIII", "vr23-pri, VIII", "VR-23PRI, VIII",
        "'  Ⅷ  ', VIII", "'\tvr-23pri ', VIII"
    })
    void parsesEveryNamingForm(String name, GatewayModel expected) {
        assertEquals(expected, GatewayModel.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ⅸ", "IX", "5", "VR23", "SG1000", "II", "VIIII"})
    void rejectsUnknownNamesListingTheValidOnes(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GatewayModel.parse(name));
        for (GatewayModel m : GatewayModel.values()) {
            assertTrue(e.getMessage().contains(m.device()), e.getMessage());
            assertTrue(e.getMessage().contains(m.roman()), e.getMessage());
        }
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> GatewayModel.parse(null));
    }

    @ParameterizedTest
    @CsvSource({
        // model, device, pbx, ports, total, perPort, lamps, web
        "III, SG1000an4, FXS, 4, 4, 1, FXS_BRI, 192.168.189.1",
        "IV, SG1000an8, FXS, 8, 8, 1, FXS_BRI, 192.168.189.1",
        "VI, SG1000is4, BRI, 2, 4, 2, FXS_BRI, 192.168.189.1",
        "VII, SG1000is8, BRI, 4, 8, 2, FXS_BRI, 192.168.189.1",
        "VIII, VR23-PRI, PRI, 1, 23, 23, VIII, 192.168.100.1"
    })
    void specSheetFigures(GatewayModel m, String device, PbxInterface pbx, int ports, int channels, int perPort,
            LampFamily family, String web) {
        ModelSpec s = m.spec();
        assertEquals(m, s.model());
        assertEquals(device, s.device());
        assertEquals(device, m.device());
        assertEquals(pbx, s.pbx().kind());
        assertEquals("外線", s.pbx().interfaceClass().ja());
        assertEquals(ports, s.pbx().ports());
        assertEquals(channels, s.voipChannels().total());
        assertEquals(perPort, s.voipChannels().perPort());
        assertEquals(family, s.lampFamily());
        assertEquals(web, s.webUi().address());
    }

    @ParameterizedTest
    @EnumSource(GatewayModel.class)
    void figuresCommonToAllSheets(GatewayModel m) {
        ModelSpec s = m.spec();
        assertEquals(new ModelSpec.Ethernet("10BASE-T/100BASE-TX/1000BASE-T", "RJ45", 1, 4), s.ethernet());
        assertEquals(5, s.router().pppoeMaxSessions());
        assertEquals("IPv4/IPv6", s.router().fixedIp());
        assertEquals(1, s.registerNumbers());
        assertEquals(new ModelSpec.NumberConversion(OptionalInt.empty(), 10), s.numberConversion());
        assertEquals("G.711（64k）", s.codec().ja());
        assertEquals(new ModelSpec.Environment(0, 40, 30, 80, true), s.environment());
        assertEquals("AC100V", s.power().supply());
        assertEquals(20, s.power().value());
        assertEquals("user", s.webUi().user());
        assertEquals("user", s.webUi().initialPassword());
        assertEquals(0, s.gains().sendDb());
        assertEquals(0, s.gains().receiveDb());
        assertEquals("G3", s.fax().modes());
        assertEquals(-8, s.fax().recommendedSendDb());
        assertEquals(-8, s.fax().recommendedReceiveDb());
    }

    @Test
    void viiiSpecifics() {
        ModelSpec s = GatewayModel.VIII.spec();
        assertEquals("株式会社日立製作所", s.maker().ja());
        assertEquals("RJ48", s.pbx().connector().ja());
        assertEquals("23ch（23ch×1）", s.voipChannels().printed());
        ModelSpec.ClockPort clk = s.clockPort().orElseThrow();
        assertEquals(PbxInterface.BRI, clk.kind());
        assertEquals("RJ45", clk.connector().ja());
        assertEquals(1, clk.ports());
        assertTrue(clk.note().orElseThrow().ja().contains("TEモード固定"));
        assertTrue(clk.note().orElseThrow().ja().contains("クロス配線"));
        assertEquals("UPnP(IGD)", s.router().upnpAsPrinted());
        assertEquals("W", s.power().unit());
        assertTrue(s.power().maximum());
        assertEquals(new ModelSpec.Size(43, 210, 275), s.size());
        assertEquals("43(W)×210(D)×275(H)mm", s.size().printed());
        assertEquals(1.0, s.weightKg());
        assertEquals(List.of("接続先設定", "接続先設定（PPPoE）"), s.webUi().pppoeMenuPath().stream().map(t -> t.ja()).toList());
        assertEquals(List.of(GatewaySwitch.INIT, GatewaySwitch.SHUTDOWN, GatewaySwitch.MAIN_POWER), s.switches());
        assertFalse(GatewaySwitch.MAIN_POWER.readByFirmware(), "it cuts the power");
        assertTrue(GatewaySwitch.SHUTDOWN.purpose().ja().endsWith("背面の主電源スイッチで電源オフする前に、本スイッチにてログをバックアップし、スタンバイ状態にすること。"));
        assertEquals(Optional.of(Duration.ofSeconds(3)), GatewaySwitch.SHUTDOWN.holdToActivate());
        assertEquals("ON", s.echoCanceller().setting().ja());
        assertEquals(Optional.of(Duration.ofMillis(32)), s.echoCanceller().tail());
        assertEquals(Optional.of(false), s.echoCanceller().toneDisabler());
        assertTrue(s.clockSyncWithPbx());
        assertTrue(s.pointToMultipoint().isEmpty());
        assertEquals(OptionalInt.empty(), s.gains().analogPortSendDb());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayModel.class, names = {"III", "IV", "VI", "VII"})
    void familySpecifics(GatewayModel m) {
        ModelSpec s = m.spec();
        assertEquals("サクサ株式会社", s.maker().ja());
        assertEquals("VA", s.power().unit());
        assertFalse(s.power().maximum());
        assertEquals(new ModelSpec.Size(235, 162, 56), s.size());
        assertEquals(0.6, s.weightKg());
        assertEquals(6, s.accessories().size());
        assertEquals(List.of("ルータ設定", "WANインターフェース設定", "接続先（PPPoE）"),
                s.webUi().pppoeMenuPath().stream().map(t -> t.ja()).toList());
        assertEquals("自動設定", s.echoCanceller().setting().ja());
        assertTrue(s.echoCanceller().tail().isEmpty());
        assertEquals(List.of(), s.switches(), "the guide describes switches for Ⅷ only (4330–4346)");
        // the three notes both family sheets print (Ⅵ/Ⅶ 4168–4169, 4192–4194; Ⅲ/Ⅳ 4211–4212, 4298–4300)
        List<String> notes = s.pbx().notes().stream().map(t -> t.ja()).toList();
        assertTrue(notes.contains("お客さま側で､必要本数･長さ等に応じ､イーサネットケーブル/電話線の準備が必要となる。"), notes.toString());
        assertTrue(notes.contains("クイックコネクタ取り付け作業はお客様にて実施頂きます。"), notes.toString());
        assertTrue(notes.contains("ひかりラインからの切り替えの際はIAD~PBXの既設ケーブルは流用出来ないため、ご注意ください。"),
                notes.toString());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayModel.class, names = {"VI", "VII"})
    void briModels(GatewayModel m) {
        ModelSpec s = m.spec();
        assertEquals("232D（4ピン クイックコネクタ）", s.pbx().connector().ja());
        ModelSpec.ClockPort clk = s.clockPort().orElseThrow();
        assertEquals("CLKポート(S/T点)", clk.label().ja());
        assertEquals(PbxInterface.BRI, clk.kind());
        assertEquals("232D（4ピン クイックコネクタ）", clk.connector().ja());
        assertEquals(1, clk.ports());
        assertEquals("UPnP(CP/IGC)", s.router().upnpAsPrinted());
        assertEquals(new ModelSpec.PointToMultipoint(1, 2), s.pointToMultipoint().orElseThrow());
        assertTrue(s.clockSyncWithPbx());
        assertEquals(OptionalInt.empty(), s.gains().analogPortSendDb());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayModel.class, names = {"III", "IV"})
    void analogModels(GatewayModel m) {
        ModelSpec s = m.spec();
        assertEquals("232D（2ピン クイックコネクタ）", s.pbx().connector().ja());
        assertTrue(s.clockPort().isEmpty());
        assertEquals("UPnP(CP/IGD)", s.router().upnpAsPrinted());
        assertEquals(OptionalInt.of(-4), s.gains().analogPortSendDb());
        assertEquals(OptionalInt.of(-12), s.gains().analogPortReceiveDb());
        assertFalse(s.clockSyncWithPbx());
        assertTrue(s.pointToMultipoint().isEmpty());
    }

    @Test
    void channelSplitsAsPrinted() {
        assertEquals("4ch（1ch×4）", GatewayModel.III.spec().voipChannels().printed());
        assertEquals("8ch（1ch×8）", GatewayModel.IV.spec().voipChannels().printed());
        assertEquals("4ch（2ch×2）", GatewayModel.VI.spec().voipChannels().printed());
        assertEquals("8ch（2ch×4）", GatewayModel.VII.spec().voipChannels().printed());
    }
}
