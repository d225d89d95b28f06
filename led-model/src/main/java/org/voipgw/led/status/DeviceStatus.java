package org.voipgw.led.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the device knows that a lamp shows: one immutable snapshot (DESIGN.md, "How data
 * flows"). Handlers produce a new snapshot with the {@code with…} methods; the lamp panel is derived
 * from it by {@link org.voipgw.led.LampDerivation}, never set directly.
 */
public record DeviceStatus(
        PowerState power,
        boolean factoryDefaults,
        boolean flashAccess,
        FirmwareStatus firmware,
        Set<HardwareFault> hardwareFaults,
        Set<SoftwareFault> softwareFaults,
        EthernetLink wan,
        List<EthernetLink> lan,
        List<PppState> ppp,
        RegistrationState registration,
        int callsInProgress,
        LineState pbxLine,
        ClockStatus clock) {

    public static final int LAN_PORTS = 4;
    public static final int PPP_SESSIONS = 5;

    public DeviceStatus {
        hardwareFaults = hardwareFaults.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hardwareFaults));
        softwareFaults = softwareFaults.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(softwareFaults));
        lan = List.copyOf(lan);
        ppp = List.copyOf(ppp);
        if (lan.size() != LAN_PORTS) {
            throw new IllegalArgumentException("4 LAN ports expected, got " + lan.size());
        }
        if (ppp.size() != PPP_SESSIONS) {
            throw new IllegalArgumentException("5 PPPoE sessions expected, got " + ppp.size());
        }
        if (callsInProgress < 0) {
            throw new IllegalArgumentException("calls in progress cannot be negative");
        }
    }

    /** A unit as it leaves the factory, powered off, no cables. */
    public static DeviceStatus poweredOff(String firmwareVersion) {
        return new DeviceStatus(PowerState.OFF, false, false, new FirmwareStatus(firmwareVersion, null, false),
                Set.of(), Set.of(), EthernetLink.DOWN, List.of(EthernetLink.DOWN, EthernetLink.DOWN,
                        EthernetLink.DOWN, EthernetLink.DOWN),
                Collections.nCopies(PPP_SESSIONS, PppState.STOPPED), RegistrationState.UNREGISTERED, 0,
                LineState.UNCONFIGURED, ClockStatus.FREE_RUNNING);
    }

    public int pppConnected() {
        return (int) ppp.stream().filter(s -> s == PppState.CONNECTED).count();
    }

    /** A copy with some fields changed: {@code status.with(b -> b.power = PowerState.ON)}. */
    public DeviceStatus with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Replaces LAN port {@code n} (1–4). */
    public DeviceStatus withLan(int n, EthernetLink v) {
        return with(b -> b.lan.set(n - 1, v));
    }

    /** Replaces PPPoE session {@code n} (1–5). */
    public DeviceStatus withPpp(int n, PppState v) {
        return with(b -> b.ppp.set(n - 1, v));
    }

    /** The fields of a status being edited; see {@link #with}. */
    public static final class Builder {
        public PowerState power;
        public boolean factoryDefaults;
        public boolean flashAccess;
        public FirmwareStatus firmware;
        public final Set<HardwareFault> hardwareFaults = EnumSet.noneOf(HardwareFault.class);
        public final Set<SoftwareFault> softwareFaults = EnumSet.noneOf(SoftwareFault.class);
        public EthernetLink wan;
        public final List<EthernetLink> lan;
        public final List<PppState> ppp;
        public RegistrationState registration;
        public int callsInProgress;
        public LineState pbxLine;
        public ClockStatus clock;

        Builder(DeviceStatus s) {
            power = s.power;
            factoryDefaults = s.factoryDefaults;
            flashAccess = s.flashAccess;
            firmware = s.firmware;
            hardwareFaults.addAll(s.hardwareFaults);
            softwareFaults.addAll(s.softwareFaults);
            wan = s.wan;
            lan = new ArrayList<>(s.lan);
            ppp = new ArrayList<>(s.ppp);
            registration = s.registration;
            callsInProgress = s.callsInProgress;
            pbxLine = s.pbxLine;
            clock = s.clock;
        }

        DeviceStatus build() {
            return new DeviceStatus(power, factoryDefaults, flashAccess, firmware, hardwareFaults, softwareFaults, wan,
                    lan, ppp, registration, callsInProgress, pbxLine, clock);
        }
    }
}
