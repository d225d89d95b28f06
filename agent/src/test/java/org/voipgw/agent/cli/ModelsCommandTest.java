package org.voipgw.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ModelsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = VoipgwCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private JsonNode json(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    /** model, device, maker ja/en, pbx, ports, channels, per port, web address, lamp family. */
    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("III", "SG1000an4", "サクサ株式会社", "Saxa, Inc.", "FXS", 4, 4, 1, "192.168.189.1", "FXS_BRI"),
                Arguments.of("IV", "SG1000an8", "サクサ株式会社", "Saxa, Inc.", "FXS", 8, 8, 1, "192.168.189.1", "FXS_BRI"),
                Arguments.of("VI", "SG1000is4", "サクサ株式会社", "Saxa, Inc.", "BRI", 2, 4, 2, "192.168.189.1", "FXS_BRI"),
                Arguments.of("VII", "SG1000is8", "サクサ株式会社", "Saxa, Inc.", "BRI", 4, 8, 2, "192.168.189.1", "FXS_BRI"),
                Arguments.of("VIII", "VR23-PRI", "株式会社日立製作所", "Hitachi, Ltd.", "PRI", 1, 23, 23, "192.168.100.1", "VIII"));
    }

    @ParameterizedTest
    @MethodSource("models")
    void showJsonHasTheSpecSheetFigures(String model, String device, String makerJa, String makerEn, String pbx,
            int ports, int channels, int perPort, String web, String family) throws Exception {
        JsonNode j = json("models", "show", model, "--json");
        assertEquals(model, j.get("model").asText());
        assertEquals(device, j.get("device").asText());
        assertEquals(makerJa, j.get("maker").get("ja").asText());
        assertEquals(makerEn, j.get("maker").get("en").asText());
        assertEquals(pbx, j.get("pbxInterface").asText());
        assertEquals("外線", j.get("pbxInterfaceClass").get("ja").asText());
        assertEquals(ports, j.get("pbxPorts").asInt());
        assertEquals(channels, j.get("voipChannels").asInt());
        assertEquals(perPort, j.get("voipChannelsPerPort").asInt());
        assertEquals(channels + "ch（" + perPort + "ch×" + ports + "）", j.get("voipChannelsPrinted").asText());
        assertEquals(5, j.get("pppoeSessions").asInt());
        assertEquals("IPv4/IPv6", j.get("fixedIp").asText());
        assertEquals(web, j.get("webAddress").asText());
        assertEquals("user", j.get("webUser").asText());
        assertEquals("user", j.get("webInitialPassword").asText());
        assertEquals(family, j.get("lampFamily").asText());
        assertEquals(1, j.get("wan").get("ports").asInt());
        assertEquals(4, j.get("lan").get("ports").asInt());
        assertEquals("RJ45", j.get("lan").get("connector").asText());
        assertEquals("10BASE-T/100BASE-TX/1000BASE-T", j.get("wan").get("interfaces").asText());
        assertEquals(1, j.get("registerNumbers").asInt());
        assertEquals("Resist機能", j.get("registerLabelAsPrinted").asText());
        assertEquals(10, j.get("incomingNumberConversion").asInt());
        assertTrue(j.get("outgoingNumberConversion").isNull());
        assertEquals("G.711（64k）", j.get("codec").get("ja").asText());
        assertEquals(0, j.get("environment").get("minCelsius").asInt());
        assertEquals(40, j.get("environment").get("maxCelsius").asInt());
        assertEquals(30, j.get("environment").get("minHumidityPercent").asInt());
        assertEquals(80, j.get("environment").get("maxHumidityPercent").asInt());
        assertTrue(j.get("environment").get("nonCondensing").asBoolean());
        assertEquals("AC100V", j.get("power").get("supply").asText());
        assertEquals(20, j.get("power").get("value").asInt());
        assertEquals(0, j.get("gains").get("gatewaySendDb").asInt());
        assertEquals(0, j.get("gains").get("gatewayReceiveDb").asInt());
        assertEquals("G3", j.get("fax").get("modes").asText());
        assertEquals(-8, j.get("fax").get("recommendedSendDb").asInt());
    }

    @Test
    void viiiFigures() throws Exception {
        JsonNode j = json("models", "show", "Ⅷ", "--json");
        assertEquals("Ⅷ", j.get("roman").asText());
        assertEquals(8, j.get("number").asInt());
        assertEquals("RJ48", j.get("pbxConnector").get("ja").asText());
        JsonNode clk = j.get("clockPort");
        assertEquals("BRI(CLK)", clk.get("label").get("ja").asText());
        assertEquals("BRI", clk.get("interface").asText());
        assertEquals("RJ45", clk.get("connector").get("ja").asText());
        assertEquals(1, clk.get("ports").asInt());
        assertTrue(clk.get("note").get("ja").asText().contains("TEモード固定"));
        assertTrue(clk.get("note").get("en").asText().contains("cross-wire"));
        assertEquals("UPnP(IGD)", j.get("upnp").asText());
        assertEquals("W", j.get("power").get("unit").asText());
        assertTrue(j.get("power").get("maximum").asBoolean());
        assertEquals("AC100V、最大20W", j.get("power").get("printed").get("ja").asText());
        assertEquals(43, j.get("sizeMm").get("width").asInt());
        assertEquals(210, j.get("sizeMm").get("depth").asInt());
        assertEquals(275, j.get("sizeMm").get("height").asInt());
        assertEquals(1.0, j.get("weightKg").asDouble());
        assertEquals(1, j.get("accessories").size());
        assertEquals("LAN ｹｰﾌﾞﾙ", j.get("accessories").get(0).get("ja").asText());
        assertEquals("http://192.168.100.1", j.get("webUrl").asText());
        assertEquals(List.of("接続先設定", "接続先設定（PPPoE）"), jas(j.get("pppoeMenuPath")));
        assertEquals(3, j.get("switches").size());
        assertEquals("INIT", j.get("switches").get(0).get("name").asText());
        assertTrue(j.get("switches").get(0).get("holdSeconds").isNull());
        assertEquals("SHUTDOWN", j.get("switches").get(1).get("name").asText());
        assertEquals(3, j.get("switches").get(1).get("holdSeconds").asInt());
        assertEquals("MAIN_POWER", j.get("switches").get(2).get("name").asText());
        assertEquals("主電源スイッチ（背面）", j.get("switches").get(2).get("label").get("ja").asText());
        assertEquals("ON", j.get("echoCanceller").get("setting").get("ja").asText());
        assertEquals(32, j.get("echoCanceller").get("tailMs").asInt());
        assertEquals(false, j.get("echoCanceller").get("toneDisabler").asBoolean(true));
        assertTrue(j.get("gains").get("analogPortSendDb").isNull());
        assertEquals("PBXを介して接続", j.get("fax").get("connection").get("ja").asText());
        assertTrue(j.get("clockSyncWithPbx").asBoolean());
        assertTrue(j.get("pointToMultipoint").isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"VI", "VII"})
    void briFigures(String model) throws Exception {
        JsonNode j = json("models", "show", model, "--json");
        assertEquals("232D（4ピン クイックコネクタ）", j.get("pbxConnector").get("ja").asText());
        assertEquals("CLKポート(S/T点)", j.get("clockPort").get("label").get("ja").asText());
        assertEquals("232D（4ピン クイックコネクタ）", j.get("clockPort").get("connector").get("ja").asText());
        assertEquals(1, j.get("clockPort").get("ports").asInt());
        assertTrue(j.get("clockPort").get("note").isNull());
        assertEquals("UPnP(CP/IGC)", j.get("upnp").asText());
        assertEquals(1, j.get("pointToMultipoint").get("maxPorts").asInt());
        assertEquals(2, j.get("pointToMultipoint").get("maxTerminals").asInt());
        assertTrue(j.get("clockSyncWithPbx").asBoolean());
        familyFigures(j);
    }

    @ParameterizedTest
    @ValueSource(strings = {"III", "IV"})
    void analogFigures(String model) throws Exception {
        JsonNode j = json("models", "show", model, "--json");
        assertEquals("232D（2ピン クイックコネクタ）", j.get("pbxConnector").get("ja").asText());
        assertTrue(j.get("clockPort").isNull());
        assertEquals("UPnP(CP/IGD)", j.get("upnp").asText());
        assertEquals(-4, j.get("gains").get("analogPortSendDb").asInt());
        assertEquals(-12, j.get("gains").get("analogPortReceiveDb").asInt());
        assertTrue(j.get("pointToMultipoint").isNull());
        assertEquals(false, j.get("clockSyncWithPbx").asBoolean(true));
        familyFigures(j);
    }

    private static void familyFigures(JsonNode j) {
        assertEquals("VA", j.get("power").get("unit").asText());
        assertEquals(false, j.get("power").get("maximum").asBoolean(true));
        assertEquals("AC100V, 約20VA", j.get("power").get("printed").get("ja").asText());
        assertEquals(235, j.get("sizeMm").get("width").asInt());
        assertEquals(162, j.get("sizeMm").get("depth").asInt());
        assertEquals(56, j.get("sizeMm").get("height").asInt());
        assertEquals(0.6, j.get("weightKg").asDouble());
        assertEquals("LANケーブル(3mストレート UTP-CAT5)×1", j.get("accessories").get(0).get("ja").asText());
        assertEquals(List.of("ルータ設定", "WANインターフェース設定", "接続先（PPPoE）"), jas(j.get("pppoeMenuPath")));
        assertEquals(0, j.get("switches").size(), "the guide describes switches for Ⅷ only (4330–4346)");
        assertEquals("自動設定", j.get("echoCanceller").get("setting").get("ja").asText());
        assertTrue(j.get("echoCanceller").get("tailMs").isNull());
        assertTrue(j.get("echoCanceller").get("toneDisabler").isNull());
    }

    private static List<String> jas(JsonNode texts) {
        List<String> l = new ArrayList<>();
        texts.forEach(t -> l.add(t.get("ja").asText()));
        return l;
    }

    @Test
    void listJsonHasAllFiveInOrder() throws Exception {
        JsonNode j = json("models", "--json");
        assertEquals(5, j.size());
        List<String> names = new ArrayList<>();
        j.forEach(m -> names.add(m.get("model").asText()));
        assertEquals(List.of("III", "IV", "VI", "VII", "VIII"), names);
        assertEquals(23, j.get(4).get("voipChannels").asInt());
        assertEquals("192.168.100.1", j.get(4).get("webAddress").asText());
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("III", List.of("Ⅲ", "ⅲ", "III", "iii", "3", "SG1000an4", "sg1000AN4", " Ⅲ ", "Ⅲ型")),
                Arguments.of("IV", List.of("Ⅳ", "IV", "iv", "4", "SG1000an8", "sg1000an8 ")),
                Arguments.of("VI", List.of("Ⅵ", "VI", "vi", "6", "SG1000is4", "SG1000IS4")),
                Arguments.of("VII", List.of("Ⅶ", "VII", "vii", "7", "SG1000is8", " sg1000is8")),
                Arguments.of("VIII", List.of("Ⅷ", "ⅷ", "VIII", "viii", "8", "VR23-PRI", "vr23-pri", "VR-23PRI", "vr-23pri")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyNamingFormResolves(String model, List<String> spellings) throws Exception {
        for (String name : spellings) {
            out.getBuffer().setLength(0);
            assertEquals(model, json("models", "show", name, "--json").get("model").asText(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"IX", "Ⅸ", "5", "VR23", "SG1000", "", "II"})
    void unknownModelIsAUsageErrorListingValidNames(String name) {
        assertEquals(2, run("models", "show", name));
        String e = err.toString();
        assertTrue(e.contains("unknown model"), e);
        for (String valid : List.of("Ⅲ", "III", "SG1000an4", "Ⅷ", "VIII", "VR23-PRI", "VR-23PRI", "SG1000is8")) {
            assertTrue(e.contains(valid), valid + " in: " + e);
        }
        assertEquals("", out.toString());
    }

    @Test
    void missingModelIsAUsageError() {
        assertEquals(2, run("models", "show"));
        assertTrue(err.toString().contains("MODEL"), err.toString());
    }

    @Test
    void textTableListsEveryModelBilingually() {
        assertEquals(0, run("models"));
        String t = out.toString();
        for (String s : List.of("Ⅲ型 (III)", "Ⅳ型 (IV)", "Ⅵ型 (VI)", "Ⅶ型 (VII)", "Ⅷ型 (VIII)", "SG1000an4", "VR23-PRI",
                "サクサ株式会社 / Saxa, Inc.", "株式会社日立製作所 / Hitachi, Ltd.", "23ch（23ch×1）", "4ch（2ch×2）",
                "192.168.100.1", "192.168.189.1", "機器名 device")) {
            assertTrue(t.contains(s), s + " in:\n" + t);
        }
    }

    @Test
    void textShowHasEveryFigure() {
        assertEquals(0, run("models", "show", "VR23-PRI"));
        String t = out.toString();
        for (String s : List.of("Ⅷ型 (VIII) VR23-PRI", "RJ48", "BRI(CLK)", "TEモード固定", "UPnP(IGD)", "Resist機能",
                "AC100V、最大20W", "43(W)×210(D)×275(H)mm", "1kg", "http://192.168.100.1", "接続先設定 > 接続先設定（PPPoE）",
                "シャットダウンスイッチ", "32msec", "Tone Disabler OFF", "G3モードのみ", "PBXもしくはFAX機器等 / the PBX or the FAX machine: 送信/send -8dB", "0-40℃", "30%～80%")) {
            assertTrue(t.contains(s), s + " in:\n" + t);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("models", "show", "Ⅲ"));
        t = out.toString();
        for (String s : List.of("SG1000an4", "232D（2ピン クイックコネクタ）", "-4dB", "-12dB", "自動設定",
                "ルータ設定 > WANインターフェース設定 > 接続先（PPPoE）", "235(W)×162(D)×56(H)mm", "0.6kg", "約20VA")) {
            assertTrue(t.contains(s), s + " in:\n" + t);
        }
    }
}
