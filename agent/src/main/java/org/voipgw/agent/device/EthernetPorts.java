package org.voipgw.agent.device;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;

/**
 * The WAN port and LAN1–4 (10/100/1000BASE-T, RJ45; guide spec pages 4040–4060). Simulated: every
 * cable is plugged in at 1000 Mbit/s when the box is assembled, and the scenario faults cut cables,
 * force a speed, leave WAN unconfigured or put traffic on a port.
 */
public final class EthernetPorts implements DeviceFeature {
    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<FaultSpec> faults(GatewayModel model) {
            List<FaultSpec> f = new ArrayList<>();
            f.add(FaultSpec.words("wan.cable", List.of("cut"), "WAN cable cut or unplugged (link down)",
                    (c, a) -> wan(c, l -> link(l, false, l.speedMbps())), c -> wan(c, l -> link(l, true, l.speedMbps()))));
            f.add(FaultSpec.words("wan.port", List.of("unconfigured"), "WAN port not configured (a unit fault)",
                    (c, a) -> wan(c, l -> new EthernetLink(false, l.linkUp(), l.speedMbps(), l.traffic())),
                    c -> wan(c, l -> new EthernetLink(true, l.linkUp(), l.speedMbps(), l.traffic()))));
            f.add(FaultSpec.words("wan.traffic", List.of("on"), "data flowing on WAN",
                    (c, a) -> wan(c, l -> traffic(l, true)), c -> wan(c, l -> traffic(l, false))));
            for (int n = 1; n <= DeviceStatus.LAN_PORTS; n++) {
                int port = n;
                f.add(FaultSpec.words("lan" + n + ".cable", List.of("cut"), "LAN" + n + " cable cut or unplugged",
                        (c, a) -> lan(c, port, l -> link(l, false, l.speedMbps())),
                        c -> lan(c, port, l -> link(l, true, l.speedMbps()))));
                f.add(FaultSpec.words("lan" + n + ".speed", List.of("10", "100", "1000"),
                        "LAN" + n + " link speed negotiated with the connected device (Mbit/s)",
                        (c, a) -> lan(c, port, l -> link(l, l.linkUp(), Integer.parseInt(a))),
                        c -> lan(c, port, l -> link(l, l.linkUp(), 1000))));
                f.add(FaultSpec.words("lan" + n + ".traffic", List.of("on"), "data flowing on LAN" + n,
                        (c, a) -> lan(c, port, l -> traffic(l, true)), c -> lan(c, port, l -> traffic(l, false))));
            }
            return f;
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        context.updateStatus(s -> {
            DeviceStatus t = s.with(b -> b.wan = EthernetLink.up(1000));
            for (int n = 1; n <= DeviceStatus.LAN_PORTS; n++) {
                t = t.withLan(n, EthernetLink.up(1000));
            }
            return t;
        });
    }

    private static EthernetLink link(EthernetLink l, boolean up, int speed) {
        return new EthernetLink(l.configured(), up, speed, l.traffic());
    }

    private static EthernetLink traffic(EthernetLink l, boolean on) {
        return new EthernetLink(l.configured(), l.linkUp(), l.speedMbps(), on);
    }

    private static void wan(DeviceContext c, Function<EthernetLink, EthernetLink> f) {
        c.updateStatus(s -> s.with(b -> b.wan = f.apply(s.wan())));
    }

    private static void lan(DeviceContext c, int n, Function<EthernetLink, EthernetLink> f) {
        c.updateStatus(s -> s.withLan(n, f.apply(s.lan().get(n - 1))));
    }
}
