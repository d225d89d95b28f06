package org.voipgw.led.diagnose;

import java.util.List;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/**
 * Which abnormal lamp to act on first, from the guide's own hints on how one lamp's trouble shows on
 * another. The order is POWER > ALARM > INIT > WAN > PPP > VoIP > PRI > CLK > LAN > CONFIG; every
 * "explains" link below points down that order, so the first abnormal lamp in it is never explained by
 * a later one.
 */
final class CausalHints {
    private CausalHints() {
    }

    /** Act-on order; the LAN link and speed lamps share one rank, in panel order among themselves. */
    private static final List<List<Lamp>> ORDER = List.of(
            List.of(Lamp.POWER), List.of(Lamp.ALARM), List.of(Lamp.INIT), List.of(Lamp.WAN), List.of(Lamp.PPP),
            List.of(Lamp.VOIP), List.of(Lamp.PRI), List.of(Lamp.CLK),
            List.of(Lamp.LAN1, Lamp.LAN2, Lamp.LAN3, Lamp.LAN4,
                    Lamp.LAN1_SPEED, Lamp.LAN2_SPEED, Lamp.LAN3_SPEED, Lamp.LAN4_SPEED),
            List.of(Lamp.CONFIG));

    static int rank(Lamp lamp) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).contains(lamp)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no rank for " + lamp);
    }

    /** Whether abnormal {@code cause} accounts for abnormal {@code effect}, per the guide. */
    static boolean explains(LampFinding cause, LampFinding effect) {
        Lamp e = effect.lamp();
        LampState es = effect.state();
        return switch (cause.lamp()) {
            // no power (or shut down): no other lamp can be lit as it should (4354–4387, 4679–4690)
            case POWER -> true;
            // VoIP off: "WAN-IFのケーブルで断線" (Ⅷ 4479, family 4781); family PPP retrying: "WAN側のケーブル
            // 接続の確認" (4747); family PPP off is PPPoE not running, which a dead WAN also causes.
            // Ⅷ PRI red: the registration cannot live without the WAN, and its loss blocks the PRI (4581) —
            // WAN explains PRI red directly, whether or not the VoIP lamp was read out.
            case WAN -> e == Lamp.VOIP && es == LampState.OFF || e == Lamp.PPP
                    || e == Lamp.PRI && es == LampState.RED && cause.state() != LampState.GREEN
                    && cause.state() != LampState.GREEN_BLINK;
            // family VoIP off, step ①: "OCN利用時にはPPPランプが緑点灯になっているか" (4777)
            case PPP -> e == Lamp.VOIP && es == LampState.OFF;
            // Ⅷ PRI red: "PRI閉塞はREGISTERが落ちた場合に発生する事があります" … "VoIPランプが消灯している時
            // には、そちらの対処を実施する" (4581–4583)
            case VOIP -> cause.state() == LampState.OFF && e == Lamp.PRI && es == LampState.RED;
            // Ⅷ CLK orange-blink: "PRIランプが正常に点灯しているか確認し、PRIが正常でない場合には、その対処を
            // 実施する" (4631)
            case PRI -> e == Lamp.CLK && es == LampState.ORANGE_BLINK;
            default -> false;
        };
    }
}
