package org.voipgw.led;

import java.util.List;

/**
 * The two front panels of the guide: Ⅷ (VR23-PRI, lines 4302–4641) and the FXS/BRI family
 * Ⅲ/Ⅳ/Ⅵ/Ⅶ (SG1000an/is, lines 4642–4864). Lamps are listed in panel order.
 */
public enum LampFamily {
    VIII(List.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.PPP, Lamp.VOIP, Lamp.WAN,
            Lamp.LAN1, Lamp.LAN2, Lamp.LAN3, Lamp.LAN4, Lamp.PRI, Lamp.CLK)),
    FXS_BRI(List.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.PPP, Lamp.VOIP, Lamp.WAN,
            Lamp.CLK, Lamp.LAN1, Lamp.LAN2, Lamp.LAN3, Lamp.LAN4,
            Lamp.LAN1_SPEED, Lamp.LAN2_SPEED, Lamp.LAN3_SPEED, Lamp.LAN4_SPEED));

    private final List<Lamp> lamps;

    LampFamily(List<Lamp> lamps) {
        this.lamps = lamps;
    }

    public List<Lamp> lamps() {
        return lamps;
    }

    public boolean has(Lamp lamp) {
        return lamps.contains(lamp);
    }
}
