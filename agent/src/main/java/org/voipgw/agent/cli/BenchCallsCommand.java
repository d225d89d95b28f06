package org.voipgw.agent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import com.sun.management.OperatingSystemMXBean;
import org.voipgw.agent.assembly.DemoSip;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.sip.SipPort;
import org.voipgw.agent.sip.SipSettings;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.SessionTimer;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.agent.sip.live.JainSipStack;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code voipgw bench calls}: calls through a live Ⅷ over loopback — real SIP (jain-sip) and RTP to the
 * embedded carrier, whose far end answers at once, or through a registrar/proxy given with {@code --proxy}
 * (Kamailio) to whatever answers {@code --far} there — with its PBX simulated. Prints the call-setup latency
 * through the gateway (the PBX's SETUP in → our INVITE out, and the far end's 200 in → our CONNECT out; p50 and
 * p99 over the calls) and the CPU per concurrent call with RTP at 23 channels × 50 packets/s each way (the
 * process's CPU time over a window, divided by the calls; the far end runs in the same process, so this is an
 * upper bound). A measurement, not a test: nothing here asserts a timing.
 */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Measure call setup latency (p50/p99) and CPU per concurrent call through a live Ⅷ on loopback, "
                + "against the embedded carrier or through a registrar/proxy given with --proxy (e.g. Kamailio).")
public final class BenchCallsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--calls", defaultValue = "1000", description = "calls to time (100–100000, default 1000)")
    int calls;

    @Option(names = "--hold", defaultValue = "10", description = "seconds the 23 calls are held for the CPU figure (2–600)")
    int hold;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", converter = HostPort.class,
            description = "through this registrar and proxy (e.g. Kamailio) instead of the embedded carrier; the account "
                    + "comes from --set sip.user=… sip.password=… [sip.number=… sip.domain=… sip.local=HOST:PORT]")
    InetSocketAddress proxy;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a gateway setting, as `voipgw demo --set` (with --proxy: the account; see `voipgw scenario settings`)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--far", paramLabel = "NUMBER", defaultValue = DemoSip.DEMO_FAR_END,
            description = "the number that answers (default ${DEFAULT-VALUE}: the embedded carrier's far end; with --proxy, "
                    + "whatever answers that number there, e.g. sipp -sn uas -rtp_echo)")
    String far;


    /** Times, in ns, of the four moments of one call. */
    private static final class Moments {
        volatile long setupIn;
        volatile long inviteOut;
        volatile long okIn;
        volatile long connectOut;
    }

    @Override
    public Integer call() throws IOException {
        if (calls < 100 || calls > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calls must be 100–100000, got " + calls);
        }
        if (hold < 2 || hold > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hold must be 2–600, got " + hold);
        }
        if (!far.matches("[0-9]{1,32}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--far must be a number (1–32 digits), got '" + far
                    + "'");
        }
        if (proxy == null && !set.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--set is for the account at --proxy; without "
                    + "--proxy the bench uses the embedded carrier and its own account");
        }
        if (proxy != null && (set.getOrDefault(SipSettings.USER, "").isEmpty()
                || set.getOrDefault(SipSettings.PASSWORD, "").isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--proxy needs the account registered there: "
                    + "--set sip.user=USER --set sip.password=PASSWORD");
        }
        PrintWriter out = spec.commandLine().getOut();
        Moments now = new Moments();
        Optional<EmbeddedRegistrar> carrier = Optional.empty();
        Map<String, String> settings = new HashMap<>();
        if (proxy == null) {
            EmbeddedRegistrar embedded = EmbeddedRegistrar.start("127.0.0.1", 0, "voipgw.bench",
                    Map.of("0312345678", "bench-Secret-1"));
            embedded.answerCalls(Set.of(far), Duration.ZERO);
            carrier = Optional.of(embedded);
            settings.putAll(embedded.accountSettings("0312345678"));
            settings.put(SipSettings.NUMBER, "0312345678");
        } else {
            String hostPort = proxy.getHostString() + ":" + proxy.getPort();
            settings.put(SipSettings.REGISTRAR, hostPort);
            settings.put(SipSettings.PROXY, hostPort);
            settings.put(SipSettings.DOMAIN, proxy.getHostString());
            String localHost = proxy.getHostString().startsWith("127.") ? "127.0.0.1" : "0.0.0.0";
            settings.put(SipSettings.LOCAL, localHost + ":" + JainSipStack.freePort(localHost));
            settings.put(SipSettings.NUMBER, set.get(SipSettings.USER).matches("[0-9]{1,32}") ? set.get(SipSettings.USER) : "");
            settings.putAll(set);
        }
        String via = proxy == null ? "on loopback (jain-sip, embedded carrier answering at once)"
                : "via " + proxy.getHostString() + ":" + proxy.getPort() + " (jain-sip; " + far + " answering there)";
        Path flash = Files.createTempDirectory("voipgw-bench-calls-");
        GatewayModel model = GatewayModel.VIII;
        Optional<EmbeddedRegistrar> embedded = carrier;
        RunningGateway started;
        try {
            started = RunningGateway.start(model, flash, settings, InetSocketAddress.createUnresolved("127.0.0.1", 0),
                    loop -> DeviceAssembly.demo(model, loop, flash, (endpoint, s) -> timed(JainSipPort.open(endpoint, s), now),
                            embedded));
        } catch (IllegalArgumentException e) {
            carrier.ifPresent(EmbeddedRegistrar::close);
            throw new CommandLine.ParameterException(spec.commandLine(), "--set: " + e.getMessage());
        }
        try (RunningGateway gw = started) {
            await(() -> read(gw, d -> d.status().registration() == RegistrationState.REGISTERED), 20, "registration");
            EventLoop.run(gw.loop(), () -> gw.device().feature(IsdnSide.class).orElseThrow().tap("pri",
                    (fromNetwork, frame) -> q931(fromNetwork, frame, now)));
            long[] setup = new long[calls];
            long[] answer = new long[calls];
            for (int i = -50; i < calls; i++) { // 50 warm-up calls, not counted
                now.setupIn = 0;
                now.connectOut = 0;
                act(gw, "pbx.call", "pri", far);
                await(() -> now.connectOut != 0, 10, "call " + i + " answered");
                if (i >= 0) {
                    setup[i] = now.inviteOut - now.setupIn;
                    answer[i] = now.connectOut - now.okIn;
                }
                act(gw, "pbx.hangup", "pri");
                await(() -> read(gw, d -> inProgress(d) == 0), 10, "call " + i + " over");
            }
            out.printf("%d calls through a live Ⅷ %s:%n", calls, via);
            out.printf("  SETUP in → INVITE out:  p50 %.2f ms, p99 %.2f ms%n", pct(setup, 50), pct(setup, 99));
            out.printf("  200 in → CONNECT out:   p50 %.2f ms, p99 %.2f ms%n", pct(answer, 50), pct(answer, 99));
            for (int i = 0; i < 23; i++) {
                act(gw, "pbx.call", "pri", far);
                int n = i + 1;
                await(() -> read(gw, d -> inProgress(d) == n), 10, "call " + n + " up");
            }
            act(gw, "pbx.tone", "pri", "1004");
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            sleepFor(Duration.ofSeconds(2)); // the RTP streams settle
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            long sent0 = sent(gw);
            sleepFor(Duration.ofSeconds(hold));
            double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
            double wallS = (System.nanoTime() - wall0) / 1e9;
            long packets = sent(gw) - sent0;
            out.printf("23 calls with RTP both ways for %.1f s: %.0f packets/s sent by the gateway (%.1f per call), "
                    + "process CPU %.1f ms/s = %.2f ms/s per call (%.2f %% of one core; %s)%n",
                    wallS, packets / wallS, packets / wallS / 23, cpuMs / wallS, cpuMs / wallS / 23,
                    cpuMs / wallS / 10, proxy == null ? "includes the far end" : "the gateway alone, the far end is elsewhere");
            System.gc(); // the heap the 23 calls keep, not the garbage between collections
            Runtime rt = Runtime.getRuntime();
            out.printf("with 23 calls up: heap used after GC %d MiB (max %d MiB), RSS %s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss());
            out.flush();
        } catch (IllegalStateException e) { // a peer that never answered: say what did not happen, no stack trace
            spec.commandLine().getErr().println("voipgw: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return VoipgwCommand.EXIT_FAILURE;
        } finally {
            carrier.ifPresent(EmbeddedRegistrar::close);
        }
        return 0;
    }

    /** The PBX's SETUP in, the gateway's CONNECT out: Q.931 in the LAPD I frames (PRI: 2-octet call reference). */
    private static void q931(boolean fromNetwork, byte[] f, Moments now) {
        if (f.length < 8 || (f[2] & 1) != 0 || f[4] != 0x08) {
            return; // not an I frame carrying Q.931
        }
        int crLength = f[5] & 0x0F;
        if (f.length <= 6 + crLength) {
            return;
        }
        int type = f[6 + crLength] & 0xFF;
        if (!fromNetwork && type == 0x05) { // SETUP from the PBX (the gateway is the network side)
            now.setupIn = System.nanoTime();
        } else if (fromNetwork && type == 0x07) { // CONNECT from the gateway
            now.connectOut = System.nanoTime();
        }
    }

    /** The SIP edge with the INVITE and its 200 timed. */
    private static SipPort timed(SipPort edge, Moments now) {
        InvitePort calls = edge.calls();
        InvitePort timedCalls = new InvitePort() {
            @Override
            public OutgoingDialog invite(Invite invite, OutgoingListener l) {
                now.inviteOut = System.nanoTime();
                return calls.invite(invite, new OutgoingListener() {
                    @Override
                    public void provisional(int status, Optional<String> sdp) {
                        l.provisional(status, sdp);
                    }

                    @Override
                    public void success(Optional<String> sdp, Optional<SessionTimer> timer) {
                        now.okIn = System.nanoTime();
                        l.success(sdp, timer);
                    }

                    @Override
                    public void failure(int status, List<String> challenges, OptionalInt q850) {
                        l.failure(status, challenges, q850);
                    }

                    @Override
                    public void bye(OptionalInt q850) {
                        l.bye(q850);
                    }

                    @Override
                    public void failed(String why) {
                        l.failed(why);
                    }
                });
            }

            @Override
            public void onInvite(IncomingListener l) {
                calls.onInvite(l);
            }
        };
        return SipPort.over(edge, () -> timedCalls, edge::close);
    }

    /** The process's resident set (Linux /proc/self/status VmRSS), or "unknown". */
    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long sent(RunningGateway gw) {
        return read(gw, d -> {
            CallFeature f = d.feature(CallFeature.class).orElseThrow();
            return f.core().active().stream().mapToLong(c -> f.media(c.id()).packetsSent()).sum();
        });
    }

    private static int inProgress(Device d) {
        return d.feature(CallFeature.class).orElseThrow().core().inProgress();
    }

    private static <T> T read(RunningGateway gw, Function<Device, T> f) {
        return EventLoop.call(gw.loop(), () -> f.apply(gw.device()));
    }

    private static void act(RunningGateway gw, String word, String... args) {
        EventLoop.run(gw.loop(), () -> gw.device().vocabulary().action(word).orElseThrow().run()
                .accept(gw.device(), List.of(args)));
    }

    private static double pct(long[] ns, int p) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }

    /** Polls a condition until it holds (the bench's own waiting; not device logic). */
    private static void await(BooleanSupplier condition, int seconds, String what) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: " + what + " did not happen within " + seconds + " s");
            }
            Thread.onSpinWait();
        }
    }

    private static void sleepFor(Duration d) {
        try {
            Thread.sleep(d.toMillis()); // the measuring window itself, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
