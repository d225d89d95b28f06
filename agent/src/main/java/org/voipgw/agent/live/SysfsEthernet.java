package org.voipgw.agent.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;

/**
 * Live Ethernet: the WAN and LAN ports are Linux network interfaces, read from sysfs once a
 * second — {@code carrier} (link), {@code speed} (Mbit/s) and the byte counters (traffic: any bytes
 * since the last look). An interface that does not exist is a port not configured (WAN) or with
 * nothing connected (LAN).
 */
public final class SysfsEthernet implements DeviceFeature {
    static final Duration POLL = Duration.ofSeconds(1);
    private final Path sysClassNet;
    private final String wan;
    private final List<String> lan;
    private final long[] lastBytes;
    private Scheduler.Timer timer;

    /** {@code lan}: up to 4 interface names for LAN1…LAN4 (fewer: the rest have nothing connected). */
    public SysfsEthernet(Path sysClassNet, String wan, List<String> lan) {
        if (lan.size() > DeviceStatus.LAN_PORTS) {
            throw new IllegalArgumentException("at most 4 LAN interfaces, got " + lan);
        }
        this.sysClassNet = sysClassNet;
        this.wan = wan;
        this.lan = List.copyOf(lan);
        this.lastBytes = new long[1 + DeviceStatus.LAN_PORTS];
    }

    @Override
    public void attach(DeviceContext context) {
        timer = context.scheduler().every(POLL, () -> poll(context));
        poll(context);
    }

    void poll(DeviceContext c) {
        EthernetLink w = read(wan, 0);
        EthernetLink[] l = new EthernetLink[DeviceStatus.LAN_PORTS];
        for (int i = 0; i < DeviceStatus.LAN_PORTS; i++) {
            l[i] = i < lan.size() ? read(lan.get(i), i + 1) : EthernetLink.DOWN;
        }
        c.updateStatus(s -> {
            DeviceStatus t = s.with(b -> b.wan = w);
            for (int i = 0; i < DeviceStatus.LAN_PORTS; i++) {
                t = t.withLan(i + 1, l[i]);
            }
            return t;
        });
    }

    private EthernetLink read(String iface, int slot) {
        Path dir = sysClassNet.resolve(iface);
        if (!Files.isDirectory(dir)) {
            return new EthernetLink(slot != 0, false, 0, false); // WAN interface missing: not configured
        }
        boolean up = number(dir.resolve("carrier")).orElse(0L) == 1;
        int speed = (int) Math.max(0, number(dir.resolve("speed")).orElse(0L));
        long bytes = number(dir.resolve("statistics/rx_bytes")).orElse(0L)
                + number(dir.resolve("statistics/tx_bytes")).orElse(0L);
        boolean traffic = lastBytes[slot] != 0 && bytes != lastBytes[slot];
        lastBytes[slot] = bytes;
        return new EthernetLink(true, up, speed, up && traffic);
    }

    /** A sysfs number, or empty when the file is missing or unreadable (e.g. speed of a down link). */
    private static Optional<Long> number(Path f) {
        try {
            return Optional.of(Long.parseLong(Files.readString(f, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void onShutdown(boolean orderly) {
        // keep polling: the link is physical and the lamps show it whenever the box is on
    }

    /** Stops polling sysfs. */
    @Override
    public void close() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
