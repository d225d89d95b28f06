package org.voipgw.agent.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.voipgw.agent.panel.TerminalPanel;
import org.voipgw.agent.settings.SettingError;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.boards.LampBlinker;
import org.voipgw.hal.time.VirtualClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code voipgw bench}: virtual-time speed. Simulates one device for {@code --hours} with its lamps
 * blinking (WAN traffic on, so the blink timer renders every half period) and the periodic
 * timers of a configured box running (PPPoE LCP echoes, SIP refreshes, Q.921 T203), then {@code --devices} devices at once in lock-step, each on its
 * own virtual clock (devices share nothing). Prints simulated hours per wall-clock second.
 * A measurement, not a test: nothing here asserts a timing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCallsCommand.class,
        description = "Measure virtual-time speed: simulated hours per wall-clock second, for 1 and for N devices.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ModelOption modelOption;

    @Option(names = "--hours", defaultValue = "24", description = "simulated hours per device (1–168, default 24)")
    int hours;

    @Option(names = "--devices", defaultValue = "1000", description = "devices in the fleet run (1–5000, default 1000)")
    int devices;

    @Override
    public Integer call() {
        if (hours < 1 || hours > 168) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hours must be 1–168, got " + hours);
        }
        if (devices < 1 || devices > 5000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--devices must be 1–5000, got " + devices);
        }
        PrintWriter out = spec.commandLine().getOut();
        // warm-up, so the JIT has compiled the hot paths before we measure
        runFleet(1, 1);
        Result one = runFleet(1, hours);
        out.printf("1 device, %d simulated h: %.3f s wall, %.0f simulated h per wall s, %d blink renders, "
                        + "lamps at the end: %s%n", hours, one.seconds, hours / one.seconds, one.renders, one.lamps);
        Result fleet = runFleet(devices, hours);
        out.printf("%d devices, %d simulated h each: %.3f s wall, %.1f device-hours per wall s, heap used %d MiB%n",
                devices, hours, fleet.seconds, (double) devices * hours / fleet.seconds, fleet.heapMiB);
        out.flush();
        return 0;
    }

    private record Result(double seconds, long renders, long heapMiB, String lamps) {
    }

    private Result runFleet(int n, int simHours) {
        List<VirtualClock> clocks = new ArrayList<>();
        Device last = null;
        AtomicLong renders = new AtomicLong();
        for (int i = 0; i < n; i++) {
            VirtualClock c = new VirtualClock();
            Device d = DeviceAssembly.simulated(modelOption.model(), c, null);
            d.addLampSink(new LampBlinker(c, (panel, on) -> renders.incrementAndGet())::show);
            // periodic protocol timers: PPPoE LCP echoes, SIP refreshes, (on ISDN models) Q.921 T203 polls
            List<SettingError> refused = d.set(Map.of("pppoe.1.enabled", "true", "pppoe.1.user", "bench@isp.example",
                    "pppoe.1.password", "bench", "pppoe.1.echo-interval", "10", "sip.registrar", "carrier.example:5060",
                    "sip.user", "0312345678", "sip.password", "bench", "sip.domain", "carrier.example"));
            if (!refused.isEmpty()) {
                throw new IllegalStateException("bench settings refused: " + refused);
            }
            d.powerOn();
            d.vocabulary().fault("wan.traffic").orElseThrow().inject().accept(d, "on");
            clocks.add(c);
            last = d;
        }
        long start = System.nanoTime();
        long step = Duration.ofMinutes(1).toMillis();
        long end = clocks.get(0).millis() + Duration.ofHours(simHours).toMillis();
        for (long t = clocks.get(0).millis() + step; t <= end; t += step) {
            for (VirtualClock c : clocks) {
                c.advanceTo(t);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Result(seconds, renders.get(), heap, TerminalPanel.summary(last.panel()));
    }
}
