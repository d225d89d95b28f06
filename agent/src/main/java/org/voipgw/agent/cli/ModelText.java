package org.voipgw.agent.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.ModelSpec;
import org.voipgw.led.Text;

/** The human-readable forms of {@code voipgw models}: Japanese labels with English alongside. */
final class ModelText {
    private ModelText() {
    }

    /** One line per model, in columns aligned by display width (Japanese characters are two columns). */
    static String table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("型 model", "機器名 device", "メーカ maker", "PBX側 PBX side", "VoIPch",
                "CLKポート clock", "Web UI", "ランプ panel"));
        for (GatewayModel m : GatewayModel.values()) {
            ModelSpec s = m.spec();
            rows.add(List.of(
                    m.typeName() + " (" + m.name() + ")",
                    s.device(),
                    both(s.maker()),
                    s.pbx().kind() + " ×" + s.pbx().ports(),
                    s.voipChannels().printed(),
                    s.clockPort().map(c -> c.kind() + " ×" + c.ports()).orElse("－"),
                    s.webUi().address(),
                    s.lampFamily().name()));
        }
        StringBuilder b = new StringBuilder();
        int[] widths = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(r.get(i)).append(" ".repeat(widths[i] - width(r.get(i)) + 2));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        b.append("\n全機種共通 / all models: WAN 1 + LAN 4 (10BASE-T/100BASE-TX/1000BASE-T, RJ45), ")
                .append("PPPoE 最大5セッション / up to 5 sessions, Register 1番号 / 1 number, G.711（64k）\n")
                .append("詳細 / details: voipgw models show MODEL [--json]\n");
        return b.toString();
    }

    /** Every figure of one model, one labelled line each. */
    static String detail(ModelSpec s) {
        GatewayModel m = s.model();
        List<String[]> rows = new ArrayList<>();
        row(rows, "機器名", "device", s.device());
        row(rows, "メーカ", "maker", both(s.maker()));
        row(rows, "PBX側 IF分類", "PBX side, class", both(s.pbx().interfaceClass()));
        row(rows, "PBX側 IF", "PBX interface", s.pbx().kind().name());
        row(rows, "PBX側 ｺﾈｸﾀ", "PBX connector", both(s.pbx().connector()));
        row(rows, "PBX側 口数", "PBX ports", Integer.toString(s.pbx().ports()));
        s.pbx().notes().forEach(n -> row(rows, "接続時の注意", "wiring note", both(n)));
        row(rows, "最大利用可能VoIPch数", "max VoIP channels", s.voipChannels().printed());
        s.clockPort().ifPresentOrElse(c -> {
            row(rows, "CLKポート", "clock port", both(c.label()) + ": " + c.kind() + ", "
                    + both(c.connector()) + ", 口数/ports " + c.ports());
            c.note().ifPresent(n -> row(rows, "CLKポートの注意", "clock port note", both(n)));
        }, () -> row(rows, "CLKポート", "clock port", "なし / none"));
        row(rows, "WAN", "WAN", s.ethernet().interfaces() + ", " + s.ethernet().connector() + ", 口数/ports "
                + s.ethernet().wanPorts());
        row(rows, "LAN", "LAN", s.ethernet().interfaces() + ", " + s.ethernet().connector() + ", 口数/ports "
                + s.ethernet().lanPorts());
        row(rows, "ブロードバンドルータ機能", "router", "PPPoE（最大" + s.router().pppoeMaxSessions()
                + "セッション / up to " + s.router().pppoeMaxSessions() + " sessions）, 固定IP/fixed IP("
                + s.router().fixedIp() + "), " + s.router().upnpAsPrinted());
        row(rows, ModelSpec.REGISTER_LABEL_AS_PRINTED, "SIP Register", s.registerNumbers() + "番号 / number(s)");
        row(rows, "着信番号変換", "number conversion", "発信時/outgoing "
                + s.numberConversion().outgoingNumbers().stream().mapToObj(Integer::toString).findFirst().orElse("－")
                + ", 着信時/incoming " + s.numberConversion().incomingNumbers() + "番号 / numbers");
        row(rows, "圧縮", "codec", both(s.codec()));
        row(rows, "温度、湿度", "environment", s.environment().minCelsius() + "-" + s.environment().maxCelsius() + "℃, "
                + s.environment().minHumidityPercent() + "%～" + s.environment().maxHumidityPercent() + "%"
                + (s.environment().nonCondensing() ? "（結露しないこと / non-condensing）" : ""));
        row(rows, "電源条件", "power", both(s.power().asPrinted()));
        row(rows, "外形寸法", "size", s.size().printed());
        row(rows, "質量", "weight", BigDecimal.valueOf(s.weightKg()).stripTrailingZeros().toPlainString() + "kg");
        s.accessories().forEach(a -> row(rows, "付属品", "accessory", both(a)));
        row(rows, "端末設定サイト", "web UI", s.webUi().url() + "  (user: " + s.webUi().user()
                + ", 初期PW/initial password: " + s.webUi().initialPassword() + ")");
        row(rows, "PPPoE設定メニュー", "PPPoE menu path",
                s.webUi().pppoeMenuPath().stream().map(Text::ja).collect(Collectors.joining(" > ")) + " / "
                        + s.webUi().pppoeMenuPath().stream().map(Text::en).collect(Collectors.joining(" > ")));
        row(rows, "ランプ表示", "lamp panel", s.lampFamily().name());
        if (s.switches().isEmpty()) {
            row(rows, "スイッチ", "switches", "記載なし / none described in the guide");
        }
        s.switches().forEach(sw -> row(rows, "スイッチ", "switch", both(sw.label()) + ": " + both(sw.purpose())));
        row(rows, "エコーキャンセラ推奨値", "echo canceller", both(s.echoCanceller().setting())
                + s.echoCanceller().tail().map(t -> ", 遅延量（エコーテイル）/tail " + t.toMillis() + "msec").orElse("")
                + s.echoCanceller().toneDisabler().map(t -> ", Tone Disabler " + (t ? "ON" : "OFF")).orElse(""));
        row(rows, "送受信レベル初期値", "gain defaults", "送信/send " + s.gains().sendDb() + "dB, 受信/receive "
                + s.gains().receiveDb() + "dB");
        if (s.gains().analogPortSendDb().isPresent()) {
            row(rows, "アナログ端末のゲイン", "analog port gains", "送信/send " + s.gains().analogPortSendDb().getAsInt()
                    + "dB, 受信/receive " + s.gains().analogPortReceiveDb().orElseThrow() + "dB");
        }
        row(rows, "FAX", "FAX", s.fax().modes() + "モードのみ / " + s.fax().modes() + " mode only");
        row(rows, "FAX利用構成", "FAX setup", both(s.fax().connection()));
        row(rows, "FAX推奨音声レベル", "FAX recommended levels", "VoIP-GW 送信/send " + s.fax().gatewaySendDb()
                + "dB, 受信/receive " + s.fax().gatewayReceiveDb() + "dB; " + both(s.fax().adjustOn()) + ": 送信/send "
                + s.fax().recommendedSendDb() + "dB, 受信/receive " + s.fax().recommendedReceiveDb() + "dB");
        row(rows, "クロック同期", "clock sync with PBX", s.clockSyncWithPbx() ? "要 / required" : "対象外 / n/a");
        s.pointToMultipoint().ifPresent(p -> row(rows, "ポイント－マルチポイント", "point-to-multipoint",
                p.maxPorts() + "ポートのみ, 接続台数" + p.maxTerminals() + "台まで / " + p.maxPorts() + " port only, at most "
                        + p.maxTerminals() + " terminals"));

        int w = rows.stream().mapToInt(r -> width(r[0])).max().orElse(0);
        StringBuilder b = new StringBuilder();
        b.append(m.typeName()).append(" (").append(m.name()).append(") ").append(s.device()).append('\n');
        for (String[] r : rows) {
            b.append("  ").append(r[0]).append(" ".repeat(w - width(r[0]) + 2)).append(r[1]).append('\n');
        }
        return b.toString();
    }

    private static void row(List<String[]> rows, String ja, String en, String value) {
        rows.add(new String[] {ja.equals(en) ? ja : ja + " / " + en, value});
    }

    /** Japanese, then English when it says something else: "サクサ株式会社 / Saxa, Inc.". */
    static String both(Text t) {
        return t.ja().equals(t.en()) ? t.ja() : t.ja() + " / " + t.en();
    }

    /** Terminal columns: East Asian wide and full-width characters take two (half-width katakana one). */
    static int width(String s) {
        return s.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
