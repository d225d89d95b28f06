package org.voipgw.agent.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code voipgw run}: the gateway live, as deployed on a Raspberry Pi — Ethernet ports are Linux
 * interfaces (sysfs), the web UI listens on the model's address (port 80), lamps and switches are
 * on GPIO with {@code --gpio}. Runs until SIGTERM, which shuts the device down in order.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the gateway live (Raspberry Pi): Linux interfaces, web UI on the model's address, GPIO lamps.")
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ModelOption modelOption;

    @CommandLine.Mixin
    IsdnOption isdnOption;

    @CommandLine.Mixin
    FlashOption flashOption;

    @CommandLine.Mixin
    WebOption web;

    @Option(names = "--wan-if", paramLabel = "IFACE", defaultValue = "eth0", description = "the WAN interface (default eth0)")
    String wanIf;

    @Option(names = "--lan-if", paramLabel = "IFACE", split = ",", description = "LAN1…LAN4 interfaces, comma-separated")
    List<String> lanIf = new ArrayList<>();

    @Option(names = "--gpio", description = "drive the front lamps and read the switches on GPIO (pi4j, gpiod)")
    boolean gpio;

    @Override
    public Integer call() throws Exception {
        GatewayModel model = modelOption.model();
        for (String i : concat(wanIf, lanIf)) {
            if (!i.matches("[A-Za-z0-9_.-]{1,15}")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + i + "' is not a Linux interface name (1–15 of A-Z a-z 0-9 _ . -)");
            }
        }
        if (lanIf.size() > 4) {
            throw new CommandLine.ParameterException(spec.commandLine(), "at most 4 --lan-if interfaces (LAN1–LAN4)");
        }
        Map<String, String> isdnSettings = isdnOption.settings(spec.commandLine(), model);
        InetSocketAddress bind = web.orElse(InetSocketAddress.createUnresolved(model.spec().webUi().address(), 80));
        Path flash = flashOption.orElse(Path.of("/var/lib/voipgw"));
        PrintWriter out = spec.commandLine().getOut();
        FlashLog.rollIn(FlashLog.usable(spec.commandLine(), flash));
        for (String i : concat(wanIf, lanIf)) {
            if (!Files.isDirectory(Path.of("/sys/class/net", i))) {
                out.println("voipgw: warning: no network interface '" + i + "' on this machine (its lamps stay off)");
            }
        }
        RunningGateway gw;
        try {
            gw = RunningGateway.live(model, flash, isdnSettings, bind, wanIf, lanIf, gpio);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("voipgw: " + e.getMessage() + ". Nothing was started.");
            spec.commandLine().getErr().flush();
            return VoipgwCommand.EXIT_FAILURE;
        }
        if (!IsdnOption.openedOrExplained(gw, out, spec.commandLine().getErr())) {
            gw.close();
            return VoipgwCommand.EXIT_USAGE;
        }
        out.println("voipgw: model " + model.roman() + " " + model.device() + " live; web UI " + gw.webUrl()
                + (gpio ? "; lamps on GPIO" : ""));
        gw.notes().forEach(n -> out.println("voipgw: " + n));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                gw.close();
            } finally {
                FlashLog.close();
                stopped.countDown();
            }
        }, "sigterm"));
        stopped.await();
        return 0;
    }

    private static List<String> concat(String a, List<String> b) {
        List<String> l = new ArrayList<>(b);
        l.add(a);
        return l;
    }
}
