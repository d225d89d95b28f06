import org.voipgw.led.status.PppoeMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.*;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.*;
import org.voipgw.agent.pppoe.*;
import org.voipgw.agent.pppoe.pppd.*;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.LampFamily;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.PowerState;

/**
 * In the QEMU guest: voipgw's own PPPoE supervisor (PppoeSession + PppdBackend, the classes `voipgw
 * run` uses) against a real pppoe-server. Every status change goes to /results/supervisor.tsv with
 * its time, the retry delay it announces, and the PPP lamp that led-model's derivation gives for
 * it on the Ⅷ panel and on the Ⅲ–Ⅶ panel. /init reads the phase files to stop and restart the server.
 *
 * Phases: wrong password (認証失敗, twice, on the auth schedule) → right password (接続 with an
 * address) → the server stops (retry-wait, attempts fail on the ordinary schedule) → the server
 * returns (接続 again) → orderly shutdown (停止中).
 */
public class VmSupervisor {
    record Row(long millis, PppoeSessionStatus status) { }

    static final BlockingQueue<Row> q = new LinkedBlockingQueue<>();
    static final long T0 = System.currentTimeMillis();
    static PrintWriter tsv;
    static final DeviceStatus RUNNING = DeviceStatus.poweredOff("vm").with(b -> b.power = PowerState.ON);

    /** Logs rows until one in {@code state} (and, when {@code attempts} > 0, the n-th such); null on time-out. */
    static PppoeSessionStatus await(String state, int nth, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int seen = 0;
        while (System.nanoTime() < end) {
            Row r = q.poll(200, TimeUnit.MILLISECONDS);
            if (r == null) continue;
            PppoeSessionStatus s = r.status();
            DeviceStatus ds = RUNNING.withPpp(1, s.ppp());
            String retryIn = s.retryAt() == null ? "-"
                    : String.format("%.1f", Duration.between(Instant.ofEpochMilli(r.millis()), s.retryInstant()).toMillis() / 1000.0);
            tsv.printf("%.1f\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", (r.millis() - T0) / 1000.0, s.state(),
                    s.address() == null ? "-" : s.address(), s.attempting(), retryIn,
                    LampDerivation.derive(LampFamily.VIII, ds).get(Lamp.PPP).name(),
                    LampDerivation.derive(LampFamily.FXS_BRI, ds).get(Lamp.PPP).name(),
                    s.lastError() == null ? "-" : s.lastError().replace('\t', ' '));
            tsv.flush();
            System.out.printf("VM %6.1fs status %s%n", (r.millis() - T0) / 1000.0, s);
            if (s.state().equals(state) && !s.attempting() && ++seen >= nth) return s;
        }
        System.out.println("VM TIMEOUT waiting for " + state);
        return null;
    }

    static void on(SystemScheduler loop, Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        loop.execute(() -> { r.run(); f.complete(null); });
        f.get(10, TimeUnit.SECONDS);
    }

    static void phase(String name) throws IOException {
        Files.writeString(Path.of("/tmp/phase-" + name), "1");
        System.out.println("VM PHASE " + name);
    }

    static void check(PrintWriter checks, String name, Object value) {
        checks.println(name + "\t" + value);
        checks.flush();
    }

    public static void main(String[] a) throws Exception {
        String pw = "p\"w\\ #$(reboot) ;|&'<>";
        Files.createDirectories(Path.of("/results"));
        tsv = new PrintWriter(Files.newBufferedWriter(Path.of("/results/supervisor.tsv")));
        tsv.println("seconds\tstate\taddress\tattempting\tretry_in_s\tppp_lamp_viii\tppp_lamp_family\tlast_error");
        PrintWriter checks = new PrintWriter(Files.newBufferedWriter(Path.of("/results/supervisor-checks.txt")));
        SystemScheduler loop = new SystemScheduler("vm");
        PppdBackend backend = new PppdBackend(PppdSetup.debian("veth1"));
        // the STANDARD schedule's shape (doubling to a cap) in seconds, so that the VM run stays short
        RetrySchedule fast = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(2),
                Duration.ofSeconds(8));
        check(checks, "schedule", "first=1 cap=4 authFirst=2 authCap=8");
        PppoeConfig wrong = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw + "x", "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        PppoeConfig right = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw, "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        PppoeSession s = new PppoeSession(wrong, loop, backend, fast, st -> q.add(new Row(loop.millis(), st)));
        on(loop, () -> backend.attach(loop, Path.of("/voipgw/run")));
        on(loop, () -> s.boot(true));
        PppoeSessionStatus st = await("auth-failed", 2, 60);
        check(checks, "auth-failed-twice", st != null);
        on(loop, () -> s.configure(right));
        st = await("connected", 1, 60);
        check(checks, "connected", st != null ? st.address() : null);
        phase("connected");
        // /init stops pppoe-server now; the session drops and retries until the server returns
        st = await("retry-wait", 2, 120);
        check(checks, "retrying", st != null ? st.lastError() : null);
        phase("retrying");
        st = await("connected", 1, 120);
        check(checks, "reconnected", st != null ? st.address() : null);
        on(loop, () -> s.shutdown(true));
        await("stopped", 1, 30);
        backend.close();
        check(checks, "pppd-starts", backend.starts());
        check(checks, "done", true);
        tsv.close();
        checks.close();
        System.out.println("VM SUPERVISOR-DONE");
        System.exit(0);
    }
}
