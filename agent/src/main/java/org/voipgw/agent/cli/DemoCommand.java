package org.voipgw.agent.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.boards.LampBlinker;
import org.voipgw.agent.panel.TerminalPanel;
import org.voipgw.agent.scenario.ScenarioParser;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.LampPanel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.io.Console;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.status.DeviceStatus;

/**
 * {@code voipgw demo}: the main job. A simulated gateway in real time, its lamp panel drawn live in
 * the terminal (colour, real blinking) and a prompt taking the scenario actions (set, fault, clear,
 * press, power, reboot …). Headless, or when standard input is not a terminal, it draws nothing,
 * reads no prompt and runs until SIGTERM, which shuts the device down in order.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a simulated gateway in real time with its live lamp panel and a fault prompt.")
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ModelOption modelOption;

    @CommandLine.Mixin
    IsdnOption isdnOption;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a setting at start-up (repeatable; see `voipgw scenario settings`)")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--headless", description = "draw nothing, read no prompt; run until SIGTERM")
    boolean headless;

    @Option(names = "--audio", paramLabel = "DIR",
            description = "record what the box carries, as `scenario run --audio` does: each call's audio as 8 kHz 16-bit"
                    + " mono WAV (DIR/demo-<port>-<n>-to-pbx.wav, …-from-pbx.wav) and, on III/IV, each FXS line's both ways"
                    + " (DIR/demo-fxsN-to-phone.wav, …-from-phone.wav, written when the demo ends)")
    Path audio;

    @CommandLine.Mixin
    FlashOption flash;

    @CommandLine.Mixin
    WebOption web;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GatewayModel model = modelOption.model();
        Path flashDir = flash.given() ? FlashLog.usable(spec.commandLine(), flash.orElse(null))
                : Files.createTempDirectory("voipgw-flash-");
        OutputFolder.writable(spec.commandLine(), audio, "--audio");
        FlashLog.rollIn(flashDir);
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(isdnOption.settings(spec.commandLine(), model));
        RunningGateway gw;
        try {
            gw = RunningGateway.simulated(model, flashDir, all,
                    web.orElse(new InetSocketAddress("127.0.0.1", 8080)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--set: " + e.getMessage());
        }
        Device device = gw.device();
        SystemScheduler loop = gw.loop();
        out.println("voipgw demo: model " + model.roman() + " " + model.device() + ", flash " + flashDir);
        out.println("web UI: " + gw.webUrl() + "  (login: user / user)");
        gw.notes().forEach(out::println);
        if (audio != null) {
            gw.recordAudioTo(audio, "demo");
            out.println("audio: recorded into " + audio.toAbsolutePath() + " (each call when it ends"
                    + (device.feature(FxsSide.class).isPresent() ? ", the FXS lines when the demo ends)" : ")"));
        }
        out.flush();
        if (!IsdnOption.openedOrExplained(gw, out, spec.commandLine().getErr())) {
            gw.close();
            return VoipgwCommand.EXIT_USAGE;
        }
        boolean interactive = !headless && onATerminal();
        if (interactive) {
            Screen screen = new Screen(model, out);
            EventLoop.run(loop, () -> device.addLampSink(new LampBlinker(loop, screen::draw)::show));
            prompt(device, loop, screen);
            gw.close();
            screen.close();
            FlashLog.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        EventLoop.run(loop, () -> device.addLampSink(p -> {
            out.println("lamps: " + TerminalPanel.summary(p));
            out.flush();
        }));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                gw.close();
            } catch (RuntimeException e) {
                System.err.println("shutdown: " + e.getMessage());
            }
            out.println("voipgw demo: shut down in order");
            out.flush();
            FlashLog.close();
            stopped.countDown();
        }, "sigterm"));
        stopped.await();
        return 0;
    }

    /**
     * Whether standard input and output are a terminal. Up to JDK 21 {@code System.console()} is null
     * otherwise; from JDK 22 it may exist anyway, and {@code Console.isTerminal()} (22+) tells.
     */
    static boolean onATerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }

    private void prompt(Device device, SystemScheduler loop, Screen screen) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        screen.say("commands: the scenario actions (fault wan.cable cut, clear wan.cable, set KEY=VALUE, "
                + "power off, press init (Ⅷ), …), 'faults', 'quit'"
                + (device.feature(FxsSide.class).isPresent() ? "; phones: 'phone 1 offhook', 'phone 1 dial 0398765432',"
                + " 'phone 1 onhook', … and 'phones' (each port's state)" : ""));
        while (true) {
            screen.promptMark();
            String line = in.readLine();
            if (line == null || line.strip().equals("quit") || line.strip().equals("exit")) {
                return;
            }
            String cmd = line.strip();
            if (cmd.isEmpty()) {
                continue;
            }
            if (cmd.equals("faults") || cmd.equals("help")) {
                StringBuilder sb = new StringBuilder("faults:");
                device.vocabulary().faults().forEach(f -> sb.append(' ').append(f.name())
                        .append(f.args().isEmpty() ? "" : " " + String.join("|", f.args())).append(';'));
                screen.say(sb.toString());
                continue;
            }
            Optional<FxsSide> fxs = device.feature(FxsSide.class);
            if (cmd.equals("phones") && fxs.isPresent()) {
                EventLoop.call(loop, () -> fxs.get().portStates()).forEach(screen::say);
                continue;
            }
            ScenarioParser.Command c = ScenarioParser.command(device, cmd);
            if (c.error() != null) {
                screen.say("? " + c.error());
                continue;
            }
            String result = EventLoop.call(loop, () -> {
                try {
                    c.action().accept(device);
                    return "ok";
                } catch (RuntimeException e) {
                    return "failed: " + e.getMessage();
                }
            });
            screen.say(result);
        }
    }

    /** The terminal: the panel pinned at the top, a scrolling region below it for the prompt. */
    static final class Screen {
        private final GatewayModel model;
        private final PrintWriter out;
        private final int height;

        Screen(GatewayModel model, PrintWriter out) {
            this.model = model;
            this.out = out;
            this.height = TerminalPanel.render(model, placeholder(model), true, false).size() + 1;
            synchronized (out) {
                out.print("\u001b[2J\u001b[" + (height + 1) + ";999r\u001b[" + (height + 1) + ";1H");
                out.flush();
            }
        }

        private static LampPanel placeholder(GatewayModel model) {
            return LampDerivation.derive(model.family(),
                    DeviceStatus.poweredOff("0"));
        }

        void draw(LampPanel panel, boolean phaseOn) {
            List<String> lines = TerminalPanel.render(model, panel, phaseOn, true);
            synchronized (out) {
                StringBuilder sb = new StringBuilder("\u001b7");
                for (int i = 0; i < lines.size(); i++) {
                    sb.append("\u001b[").append(i + 1).append(";1H\u001b[2K").append(lines.get(i));
                }
                sb.append("\u001b8");
                out.print(sb);
                out.flush();
            }
        }

        void say(String s) {
            synchronized (out) {
                out.println(s);
                out.flush();
            }
        }

        void promptMark() {
            synchronized (out) {
                out.print("voipgw> ");
                out.flush();
            }
        }

        void close() {
            synchronized (out) {
                out.print("\u001b[r\u001b[999;1H\n");
                out.flush();
            }
        }
    }
}
