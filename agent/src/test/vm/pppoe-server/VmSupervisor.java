import java.nio.file.*;
import java.time.Duration;
import java.util.concurrent.*;
import org.voipgw.agent.pppoe.*;
import org.voipgw.agent.pppoe.pppd.*;
import org.voipgw.hal.time.SystemScheduler;

/** In the QEMU guest: voipgw's session + PppdBackend against a real pppoe-server, step by step. */
public class VmSupervisor {
    static final BlockingQueue<PppoeSessionStatus> q = new LinkedBlockingQueue<>();
    static final long t0 = System.nanoTime();

    static PppoeSessionStatus await(String state, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            PppoeSessionStatus s = q.poll(200, TimeUnit.MILLISECONDS);
            if (s == null) continue;
            System.out.printf("VM %6.1fs status %s%n", (System.nanoTime() - t0) / 1e9, s);
            if (s.state().equals(state)) return s;
        }
        System.out.println("VM TIMEOUT waiting for " + state);
        return null;
    }

    static void on(SystemScheduler loop, Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        loop.execute(() -> { r.run(); f.complete(null); });
        f.get(10, TimeUnit.SECONDS);
    }

    public static void main(String[] a) throws Exception {
        String pw = "p\"w\\ #$(reboot) ;|&'<>";
        SystemScheduler loop = new SystemScheduler("vm");
        PppdBackend backend = new PppdBackend(PppdSetup.debian("veth1"));
        RetrySchedule fast = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(2),
                Duration.ofSeconds(8));
        PppoeConfig wrong = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw + "x", "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        PppoeConfig right = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw, "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        PppoeSession s = new PppoeSession(wrong, loop, backend, fast, q::add);
        on(loop, () -> backend.attach(loop, Path.of("/voipgw/run")));
        on(loop, () -> s.boot(true));
        PppoeSessionStatus st = await("auth-failed", 30);
        System.out.println("VM CHECK auth-failed " + (st != null));
        on(loop, () -> s.configure(right));
        st = await("connected", 30);
        System.out.println("VM CHECK connected " + (st != null ? st.address() : null));
        Files.writeString(Path.of("/tmp/phase-connected"), "1");
        st = await("retry-wait", 30);
        System.out.println("VM CHECK dropped " + (st != null ? st.lastError() : null));
        st = await("connected", 30);
        System.out.println("VM CHECK reconnected " + (st != null ? st.address() : null));
        on(loop, () -> s.shutdown(true));
        backend.close();
        System.out.println("VM CHECK starts " + backend.starts());
        System.out.println("VM SUPERVISOR-DONE");
        System.exit(0);
    }
}
