package org.voipgw.boards;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Text;

/**
 * The spec sheets of the guide as data. Line numbers cite the guide (000_de1a20d1b329da5b.txt), whose cited
 * lines the repository carries in docs/guide/000-service-guide.txt. Full-width
 * letters and digits of the sheets (e.g. "ＲＪ48", "232Ｄ") are written in ASCII; everything else is as printed.
 */
final class SpecSheets {
    private SpecSheets() {
    }

    // --- shared by all five sheets ---------------------------------------------------------------

    /** WAN 1 / LAN 4, 10Base-T/100Base-TX/1000Base-T, RJ45 (4003–4017, 4092–4106, 4220–4234). */
    private static final ModelSpec.Ethernet ETHERNET =
            new ModelSpec.Ethernet("10BASE-T/100BASE-TX/1000BASE-T", "RJ45", 1, 4);
    /** IF分類 外線 (4021, 4112, 4240). */
    private static final Text OUTSIDE_LINE = Text.of("外線", "outside line (trunk)");
    /** 圧縮 G.711（64k） (4029, 4120, 4251). */
    private static final Text G711 = Text.of("G.711（64k）", "G.711 (64 kbit/s)");
    /** PPPoE（最大5セッション）, 固定IP(IPv4/IPv6) (4040–4042, 4134–4135, 4256–4257). */
    private static final int PPPOE_MAX_SESSIONS = 5;
    private static final String FIXED_IP = "IPv4/IPv6";
    /** Resist機能 1番号 (4044, 4137, 4259). */
    private static final int REGISTER_NUMBERS = 1;
    /** 着信番号変換: 発信時 －, 着信時 10番号 (4049–4051, 4142–4144, 4264–4266). */
    private static final ModelSpec.NumberConversion NUMBER_CONVERSION =
            new ModelSpec.NumberConversion(OptionalInt.empty(), 10);
    /** 温度、湿度 0-40℃, 30%～80%（結露しないこと） (4053, 4146, 4268). */
    private static final ModelSpec.Environment ENVIRONMENT = new ModelSpec.Environment(0, 40, 30, 80, true);
    /** Login user「user」, initial password「user」 (4435–4437, 4729–4731). */
    private static final String WEB_USER = "user";
    private static final String WEB_INITIAL_PASSWORD = "user";
    /** 送受信レベル（ゲイン設定）は「0dB」が初期値 (4947, 4982). */
    private static final int GATEWAY_GAIN_DB = 0;
    /** FAXはG3モードのみ (5014, 5044); recommended −8 dB / −8 dB on the adjusting device (4997). */
    private static final String FAX_MODES = "G3";
    private static final int FAX_RECOMMENDED_DB = -8;

    // --- Ⅷ VR23-PRI, sheet ① (3997–4080) ----------------------------------------------------------

    static ModelSpec viii() {
        return new ModelSpec(GatewayModel.VIII, "VR23-PRI",
                Text.of("株式会社日立製作所", "Hitachi, Ltd."), // 4001
                new ModelSpec.Pbx(OUTSIDE_LINE, PbxInterface.PRI, Text.of("RJ48", "RJ48"), 1, List.of()), // 4021–4027
                new ModelSpec.VoipChannels(23, 1), // 4066 23ch（23ch×1）
                Optional.of(new ModelSpec.ClockPort(Text.of("BRI(CLK)", "BRI (CLK)"), PbxInterface.BRI, // 4031–4037
                        Text.of("RJ45", "RJ45"), 1,
                        Optional.of(Text.of( // 4072–4074
                                "本装置のBRIのピン配置は、TEモード固定となっている。本装置をNTモードとして、TEモードの本装置と接続する場合は、クロス配線すること。",
                                "The BRI pin layout is fixed in TE mode. When this unit is used as NT towards a unit in TE mode, cross-wire the cable.")))),
                ETHERNET,
                new ModelSpec.Router(PPPOE_MAX_SESSIONS, FIXED_IP, "UPnP(IGD)"), // 4042
                REGISTER_NUMBERS, NUMBER_CONVERSION, G711, ENVIRONMENT,
                new ModelSpec.Power("AC100V", 20, "W", true, Text.of("AC100V、最大20W", "AC 100 V, 20 W max")), // 4055
                new ModelSpec.Size(43, 210, 275), // 4057
                1.0, // 4059 質量 1kg
                List.of(Text.of("LAN ｹｰﾌﾞﾙ", "LAN cable")), // 4061 付属品
                new ModelSpec.WebUi("192.168.100.1", WEB_USER, WEB_INITIAL_PASSWORD, // 4433
                        List.of(Text.of("接続先設定", "Connection settings"), // 4439
                                Text.of("接続先設定（PPPoE）", "Connection settings (PPPoE)"))),
                LampFamily.VIII, // panel 4304–4328
                List.of(GatewaySwitch.INIT, GatewaySwitch.SHUTDOWN, GatewaySwitch.MAIN_POWER), // 4330–4346
                new ModelSpec.EchoCanceller(Text.of("ON", "on"), Optional.of(Duration.ofMillis(32)), // 4878
                        Optional.of(false)),
                new ModelSpec.Gains(GATEWAY_GAIN_DB, GATEWAY_GAIN_DB, OptionalInt.empty(), OptionalInt.empty()),
                fax(Text.of("PBXを介して接続", "via the PBX"), Text.of("PBXもしくはFAX機器等", "the PBX or the FAX machine")), // 4999
                true, // 4889 Ⅵ型～Ⅷ型のISDN-IFの機器
                Optional.empty());
    }

    // --- Ⅵ/Ⅶ SG1000is4/is8, sheet ② (4084–4194) -------------------------------------------------

    static ModelSpec sg1000is(GatewayModel model, String device, int briPorts) {
        return new ModelSpec(model, device, SAXA,
                new ModelSpec.Pbx(OUTSIDE_LINE, PbxInterface.BRI, // 4112–4118
                        Text.of("232D（4ピン クイックコネクタ）", "232D (4-pin quick connector)"), briPorts,
                        List.of(Text.of("4ピンクイックコネクタの配線（ピンアサインはRJ-45と同一）", // 4177–4178
                                        "4-pin quick connector wiring: same pin assignment as RJ-45"),
                                Text.of("接続するビジネスホン等のISDN外線ユニットなどの配線を確認し、接続してください。", // 4184–4185
                                        "Check the wiring of the key telephone system's ISDN trunk unit before connecting."),
                                QUICK_CONNECTOR_NOTE,
                                CUSTOMER_CABLES, // 4168–4169
                                CUSTOMER_FITS_CONNECTORS, // 4192
                                NO_CABLE_REUSE)), // 4193–4194
                new ModelSpec.VoipChannels(2, briPorts), // 4157 4ch（2ch×2） 8ch（2ch×4）
                Optional.of(new ModelSpec.ClockPort(Text.of("CLKポート(S/T点)", "CLK port (S/T point)"), // 4122–4129
                        PbxInterface.BRI, Text.of("232D（4ピン クイックコネクタ）", "232D (4-pin quick connector)"), 1,
                        Optional.empty())),
                ETHERNET,
                new ModelSpec.Router(PPPOE_MAX_SESSIONS, FIXED_IP, "UPnP(CP/IGC)"), // 4135, as printed
                REGISTER_NUMBERS, NUMBER_CONVERSION, G711, ENVIRONMENT,
                FAMILY_POWER, FAMILY_SIZE, FAMILY_WEIGHT_KG, familyAccessories(), familyWebUi(), LampFamily.FXS_BRI,
                FAMILY_SWITCHES, FAMILY_ECHO_CANCELLER,
                new ModelSpec.Gains(GATEWAY_GAIN_DB, GATEWAY_GAIN_DB, OptionalInt.empty(), OptionalInt.empty()),
                fax(Text.of("ISDN-TAを介して接続", "via an ISDN TA"), // 4997
                        Text.of("ISDN-TAもしくはFAX機器等", "the ISDN TA or the FAX machine")),
                true, // 4889
                Optional.of(new ModelSpec.PointToMultipoint(1, 2))); // 4186–4187
    }

    // --- Ⅲ/Ⅳ SG1000an4/an8, sheet ③ (4198–4300) -------------------------------------------------

    static ModelSpec sg1000an(GatewayModel model, String device, int fxsPorts) {
        return new ModelSpec(model, device, SAXA,
                new ModelSpec.Pbx(OUTSIDE_LINE, PbxInterface.FXS, // 4240–4249
                        Text.of("232D（2ピン クイックコネクタ）", "232D (2-pin quick connector)"), fxsPorts,
                        List.of(Text.of("ストレート接続(双方のL1、L2が一致するよう接続)する必要があります。", // 4291
                                        "Wire straight through (L1 to L1, L2 to L2)."),
                                Text.of("接続するビジネスホン等のアナログ外線ユニットなどの極性を確認し、接続してください。", // 4292–4293
                                        "Check the polarity of the key telephone system's analog trunk unit before connecting."),
                                QUICK_CONNECTOR_NOTE,
                                CUSTOMER_CABLES, // 4211–4212
                                CUSTOMER_FITS_CONNECTORS, // 4298
                                NO_CABLE_REUSE)), // 4299–4300
                new ModelSpec.VoipChannels(1, fxsPorts), // 4279 4ch（1ch×4） 8ch（1ch×8）
                Optional.empty(),
                ETHERNET,
                new ModelSpec.Router(PPPOE_MAX_SESSIONS, FIXED_IP, "UPnP(CP/IGD)"), // 4257, as printed
                REGISTER_NUMBERS, NUMBER_CONVERSION, G711, ENVIRONMENT,
                FAMILY_POWER, FAMILY_SIZE, FAMILY_WEIGHT_KG, familyAccessories(), familyWebUi(), LampFamily.FXS_BRI,
                FAMILY_SWITCHES, FAMILY_ECHO_CANCELLER,
                // ※3 (5003): the analog ports carry transmit −4 dB / receive −12 dB by default
                new ModelSpec.Gains(GATEWAY_GAIN_DB, GATEWAY_GAIN_DB, OptionalInt.of(-4), OptionalInt.of(-12)),
                fax(Text.of("VoIP-GWに直接接続", "FAX machine connected directly to the gateway"), // 4991–4995
                        Text.of("FAX機器等", "the FAX machine")),
                false, // clock sync applies to Ⅵ–Ⅷ only (4889)
                Optional.empty());
    }

    // --- shared by the SG1000 family (Ⅲ/Ⅳ/Ⅵ/Ⅶ) ---------------------------------------------------

    /** メーカ サクサ株式会社 (4090, 4218). */
    private static final Text SAXA = Text.of("サクサ株式会社", "Saxa, Inc.");
    /** 電源条件 AC100V, 約20VA (4148, 4270). */
    private static final ModelSpec.Power FAMILY_POWER =
            new ModelSpec.Power("AC100V", 20, "VA", false, Text.of("AC100V, 約20VA", "AC 100 V, approx. 20 VA"));
    /** 外形：235(W)×162(D)×56(H) (4171, 4214; the unit is not printed, millimetres as on Ⅷ's sheet). */
    private static final ModelSpec.Size FAMILY_SIZE = new ModelSpec.Size(235, 162, 56);
    /** 質量 0.6kg (4150, 4272). */
    private static final double FAMILY_WEIGHT_KG = 0.6;
    /**
     * None: the guide describes switches only for Ⅷ (4330–4346); the family's panel description
     * (4645–4669) lists lamps ①–⑧ and no switch. The family's INIT lamp still has its factory-state row
     * (初期状態（工場出荷時）, 4698), which a unit shows when powered on in its factory state (4699).
     */
    private static final List<GatewaySwitch> FAMILY_SWITCHES = List.of();
    /** エコーキャンセラ「自動設定」 (4879, 5001). */
    private static final ModelSpec.EchoCanceller FAMILY_ECHO_CANCELLER =
            new ModelSpec.EchoCanceller(Text.of("自動設定", "automatic"), Optional.empty(), Optional.empty());
    /** The quick connector cannot be removed once fitted (4189–4190, 4295–4296). */
    private static final Text QUICK_CONNECTOR_NOTE = Text.of(
            "クイックコネクタを一度ケーブルに取り付けた後は、ケーブルから外すことはできなくなります。",
            "Once fitted to a cable, a quick connector cannot be removed from it.");
    /** The customer supplies the cables (4168–4169, 4211–4212), as printed. */
    private static final Text CUSTOMER_CABLES = Text.of(
            "お客さま側で､必要本数･長さ等に応じ､イーサネットケーブル/電話線の準備が必要となる。",
            "The customer must provide the Ethernet cables and telephone wires, in the number and lengths needed.");
    /** The customer fits the quick connectors (4192, 4298). */
    private static final Text CUSTOMER_FITS_CONNECTORS = Text.of("クイックコネクタ取り付け作業はお客様にて実施頂きます。",
            "The customer fits the quick connectors.");
    /** Existing IAD–PBX cables cannot be reused when moving from ひかりライン (4193–4194, 4299–4300). */
    private static final Text NO_CABLE_REUSE = Text.of("ひかりラインからの切り替えの際はIAD~PBXの既設ケーブルは流用出来ないため、ご注意ください。",
            "When switching over from ひかりライン (Hikari Line), the existing IAD–PBX cables cannot be reused.");

    /** ◇添付品 (4159–4166, 4202–4209). */
    private static List<Text> familyAccessories() {
        return List.of(
                Text.of("LANケーブル(3mストレート UTP-CAT5)×1", "LAN cable (3 m straight, UTP CAT5) ×1"),
                Text.of("ACアダプタ×1", "AC adapter ×1"),
                Text.of("クイックコネクタ(複数)", "quick connectors (several)"),
                Text.of("据え置き台×1", "desk stand ×1"),
                Text.of("壁掛け用品×1", "wall-mounting kit ×1"),
                Text.of("取扱説明書（同梱）", "instruction manual (enclosed)"));
    }

    /** http://192.168.189.1 (4727); ルータ設定＞WANインターフェース設定＞接続先（PPPoE） (4733–4735). */
    private static ModelSpec.WebUi familyWebUi() {
        return new ModelSpec.WebUi("192.168.189.1", WEB_USER, WEB_INITIAL_PASSWORD,
                List.of(Text.of("ルータ設定", "Router settings"),
                        Text.of("WANインターフェース設定", "WAN interface settings"),
                        Text.of("接続先（PPPoE）", "Connection (PPPoE)")));
    }

    /** FAX: G3 only, gateway at 0 dB / 0 dB, the adjusting device at −8 dB / −8 dB (4986–4999). */
    private static ModelSpec.Fax fax(Text connection, Text adjustOn) {
        return new ModelSpec.Fax(FAX_MODES, connection, GATEWAY_GAIN_DB, GATEWAY_GAIN_DB, adjustOn,
                FAX_RECOMMENDED_DB, FAX_RECOMMENDED_DB);
    }
}
