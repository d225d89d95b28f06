package org.voipgw.led;

import java.util.EnumMap;
import java.util.Map;
import org.voipgw.led.status.ClockSource;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.PowerState;
import org.voipgw.led.status.PppState;
import org.voipgw.led.status.RegistrationState;

/**
 * The one place lamps come from: a pure function DeviceStatus → LampPanel (DESIGN.md). Each rule
 * cites the guide rows it implements (docs/guide/): Ⅷ lines 4350–4641, Ⅲ/Ⅳ/Ⅵ/Ⅶ lines 4675–4864.
 */
public final class LampDerivation {
    private LampDerivation() {
    }

    public static LampPanel derive(LampFamily family, DeviceStatus s) {
        Map<Lamp, LampState> m = new EnumMap<>(Lamp.class);
        for (Lamp l : family.lamps()) {
            m.put(l, LampState.OFF);
        }
        m.put(Lamp.POWER, power(family, s.power()));
        if (!s.power().running()) {
            // 電源OFF (guide 4354): every lamp off. Shutting down / standby are POWER rows (4379–4387); that
            // the other lamps are off then is our reading, the guide does not say.
            return new LampPanel(family, m);
        }
        m.put(Lamp.INIT, init(family, s));
        m.put(Lamp.ALARM, alarm(family, s));
        // CONFIG 新ファームウェア未反映状態: downloaded and not yet applied (4413 Ⅷ, 4713 family).
        m.put(Lamp.CONFIG, s.firmware().pending() ? LampState.GREEN_BLINK : LampState.OFF);
        m.put(Lamp.PPP, family == LampFamily.VIII ? pppVIII(s) : pppFamily(s));
        m.put(Lamp.VOIP, voip(s));
        m.put(Lamp.WAN, family == LampFamily.VIII ? wanVIII(s.wan()) : wanFamily(s.wan()));
        for (int i = 0; i < DeviceStatus.LAN_PORTS; i++) {
            EthernetLink lan = s.lan().get(i);
            if (family == LampFamily.VIII) {
                // Ⅷ LAN1～4: LANリンクアップ green / LANリンクダウン off (4528, 4518); no traffic blink.
                m.put(Lamp.LAN_LINK.get(i), lan.linkUp() ? LampState.GREEN : LampState.OFF);
            } else {
                // family LANリンク: green / データ通信中 green-blink / off (4840, 4842, 4827)
                m.put(Lamp.LAN_LINK.get(i), linkWithTraffic(lan));
                // family LANスピード: orange at 100 or 1000 Mbit/s, off at 10 or no link (4846, 4844)
                m.put(Lamp.LAN_SPEED.get(i), lan.linkUp() && lan.speedMbps() >= 100 ? LampState.ORANGE : LampState.OFF);
            }
        }
        if (family == LampFamily.VIII) {
            m.put(Lamp.PRI, pri(s));
        }
        m.put(Lamp.CLK, family == LampFamily.VIII ? clkVIII(s) : clkFamily(s));
        return new LampPanel(family, m);
    }

    private static LampState power(LampFamily family, PowerState p) {
        return switch (p) {
            case OFF -> LampState.OFF;
            case BOOTING, ON -> LampState.GREEN;
            // 省エネモード中 exists on the family only (4694); Ⅷ has no eco mode, so it shows plain ON.
            case ECO -> family == LampFamily.FXS_BRI ? LampState.GREEN_BLINK : LampState.GREEN;
            // 電源異常検出 is a Ⅷ row (4369); the family panel has no red POWER, so it stays green there.
            case ANOMALY -> family == LampFamily.VIII ? LampState.RED : LampState.GREEN;
            // シャットダウン処理 orange-blink / スタンバイ状態 orange are Ⅷ rows (4379–4387), from its shutdown
            // switch. The family table has no orange POWER (4679–4694): a family unit shutting down is still
            // powered (green) and one on standby is not running (off).
            case SHUTTING_DOWN -> family == LampFamily.VIII ? LampState.ORANGE_BLINK : LampState.GREEN;
            case STANDBY -> family == LampFamily.VIII ? LampState.ORANGE : LampState.OFF;
        };
    }

    private static LampState init(LampFamily family, DeviceStatus s) {
        if (family == LampFamily.VIII) {
            // Ⅷ: ファームウェア更新中 orange-blink, 工場出荷時 orange (4396, 4391)
            if (s.firmware().updating()) {
                return LampState.ORANGE_BLINK;
            }
            return s.factoryDefaults() ? LampState.ORANGE : LampState.OFF;
        }
        // family: フラッシュアクセス中 red-blink (updating firmware writes flash), 初期状態 red (4703, 4698)
        if (s.firmware().updating() || s.flashAccess()) {
            return LampState.RED_BLINK;
        }
        return s.factoryDefaults() ? LampState.RED : LampState.OFF;
    }

    private static LampState alarm(LampFamily family, DeviceStatus s) {
        if (!s.hardwareFaults().isEmpty()) {
            return LampState.RED; // ハード故障検出 / ハード障害 (4403 Ⅷ, 4707 family)
        }
        // ソフト障害 red-blink is a family row (4709); Ⅷ's ALARM has no such state, so it stays off.
        if (family == LampFamily.FXS_BRI && !s.softwareFaults().isEmpty()) {
            return LampState.RED_BLINK;
        }
        return LampState.OFF;
    }

    private static LampState pppVIII(DeviceStatus s) {
        // Ⅷ: off = no session, green = 1 session, orange = 2 sessions (4421, 4451, 4453). The guide is silent
        // on 3–5 sessions; orange means "more than one", so 3–5 stay orange.
        int n = s.pppConnected();
        return n == 0 ? LampState.OFF : n == 1 ? LampState.GREEN : LampState.ORANGE;
    }

    private static LampState pppFamily(DeviceStatus s) {
        // family: green = 接続中; green-blink = エラーが発生し、リトライ中; off = オフライン (4741, 4743, 4723).
        // One connected session wins over another that is retrying: the router is online.
        if (s.pppConnected() > 0) {
            return LampState.GREEN;
        }
        return s.ppp().stream().anyMatch(PppState::retryingAfterError) ? LampState.GREEN_BLINK : LampState.OFF;
    }

    private static LampState voip(DeviceStatus s) {
        // off = REGISTERが上がらない, green = 通信可能, green-blink = 通信中 (Ⅷ 4471–4489, family 4773–4789)
        if (s.registration() != RegistrationState.REGISTERED) {
            return LampState.OFF;
        }
        return s.callsInProgress() > 0 ? LampState.GREEN_BLINK : LampState.GREEN;
    }

    private static LampState wanVIII(EthernetLink wan) {
        // Ⅷ: off = WANポート未設定, green, green-blink = 送受信中, red-blink = リンクダウン (4491–4508)
        if (!wan.configured()) {
            return LampState.OFF;
        }
        return wan.linkUp() ? linkWithTraffic(wan) : LampState.RED_BLINK;
    }

    private static LampState wanFamily(EthernetLink wan) {
        // family: off = WAN回線未接続（利用不可）, green, green-blink = データ通信中 (4791–4806)
        return wan.configured() ? linkWithTraffic(wan) : LampState.OFF;
    }

    private static LampState linkWithTraffic(EthernetLink l) {
        if (!l.linkUp()) {
            return LampState.OFF;
        }
        return l.traffic() ? LampState.GREEN_BLINK : LampState.GREEN;
    }

    private static LampState pri(DeviceStatus s) {
        // Ⅷ PRI: 未設定 off, 使用可能 green, 通信中 green-blink, 障害発生 red-blink, 閉塞中 red (4530–4579)
        return switch (s.pbxLine()) {
            case UNCONFIGURED -> LampState.OFF;
            case USABLE -> LampState.GREEN;
            case COMMUNICATING -> LampState.GREEN_BLINK;
            case FAILED -> LampState.RED_BLINK;
            case BLOCKED -> LampState.RED;
        };
    }

    private static LampState clkVIII(DeviceStatus s) {
        // Ⅷ: off = 自走; green = BRI従属, green-blink = BRIに従属できない;
        // orange = PRI従属, orange-blink = PRI従属できない (4595–4629)
        ClockSource src = s.clock().source();
        boolean locked = s.clock().locked();
        return switch (src) {
            case INTERNAL -> LampState.OFF;
            case BRI -> locked ? LampState.GREEN : LampState.GREEN_BLINK;
            case PRI -> locked ? LampState.ORANGE : LampState.ORANGE_BLINK;
        };
    }

    private static LampState clkFamily(DeviceStatus s) {
        // family CLKI: green = 外部同期状態; off = 自走状態, or no clock signal on a clock-slaved unit (4825,
        // 4808–4811). Ⅲ/Ⅳ have no clock port (4216–4279): their status never names a clock source, so off.
        return s.clock().source() != ClockSource.INTERNAL && s.clock().locked() ? LampState.GREEN : LampState.OFF;
    }
}
