package org.voipgw.agent.device;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.LampFamily;
import org.voipgw.led.status.HardwareFault;
import org.voipgw.led.status.SoftwareFault;

/**
 * Faults of the box itself: {@code hw FLASH|SDRAM|DSP|SLIC} (ALARM red), {@code sw data|config}
 * (Ⅲ–Ⅶ ALARM red-blink; Ⅷ's table has no such row, so Ⅷ does not offer it) and
 * {@code power.anomaly} (Ⅷ POWER red; the family's table has no such row).
 *
 * <p>The guide's remedy for all of them is "電源OFF/ONを行う" then a fault report (4394, 4716–4718).
 * What a power-cycle clears, as modelled here: a DSP or SLIC fault (a lock-up, re-initialised at
 * boot) and {@code sw data} (runtime data, rebuilt at boot). A FLASH or SDRAM fault stays (failed
 * memory fails the boot self-test again: contact support), and so does {@code sw config} (the bad
 * setting is still stored: fixing the setting or the INIT switch clears it).
 */
public final class HardwareFaults implements DeviceFeature {
    static final Set<HardwareFault> CLEARED_BY_POWER_CYCLE = EnumSet.of(HardwareFault.DSP, HardwareFault.SLIC);

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<FaultSpec> faults(GatewayModel model) {
            List<String> hwNames = Arrays.stream(HardwareFault.values()).map(Enum::name).toList();
            FaultSpec hw = FaultSpec.words("hw", hwNames, "hardware fault detected (ALARM red)",
                    (c, arg) -> c.updateStatus(s -> s.with(b -> b.hardwareFaults.add(HardwareFault.valueOf(arg)))),
                    c -> c.updateStatus(s -> s.with(b -> b.hardwareFaults.clear())));
            if (model.family() == LampFamily.VIII) {
                FaultSpec anomaly = FaultSpec.words("power.anomaly", List.of(), "power system fault (POWER red)",
                        (c, arg) -> ((Device) c).setPowerAnomaly(true), c -> ((Device) c).setPowerAnomaly(false));
                return List.of(hw, anomaly);
            }
            FaultSpec sw = FaultSpec.words("sw", List.of("data", "config"),
                    "software fault: data corruption or configuration error (ALARM red-blink)",
                    (c, arg) -> c.updateStatus(s -> s.with(b -> b.softwareFaults.add(
                            SoftwareFault.valueOf(arg.toUpperCase(Locale.ROOT))))),
                    c -> c.updateStatus(s -> s.with(b -> b.softwareFaults.clear())));
            return List.of(hw, sw);
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext context) {
        // stateless: faults act on the device they are injected into (the context argument)
    }

    static void clearedByPowerCycle(DeviceContext c) {
        c.updateStatus(s -> s.with(b -> {
            b.hardwareFaults.removeAll(CLEARED_BY_POWER_CYCLE);
            b.softwareFaults.remove(SoftwareFault.DATA);
        }));
    }

    static void clearedByFactoryReset(DeviceContext c) {
        c.updateStatus(s -> s.with(b -> b.softwareFaults.remove(SoftwareFault.CONFIG)));
    }
}
