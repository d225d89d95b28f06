package org.voipgw.agent.pppoe.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tinylog.Logger;
import java.util.function.Function;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FaultSpec;

/**
 * The provider's PPPoE access concentrator (the ISP side), in process, for simulated devices:
 * answers discovery, authenticates accounts, hands out addresses from 203.0.113.10 upwards
 * (TEST-NET-3, RFC 5737), answers LCP echoes, and can end sessions with PADT. Its faults are the
 * scenario faults {@code pppoe.accounts}, {@code pppoe.ac}, {@code pppoe.auth}, {@code pppoe.echo}
 * and {@code pppoe.padt} ({@link #faults}). Event-loop confined like the device that owns it.
 *
 * <p>By default it accepts every user name and password; {@link #withAccount} gives it exactly one
 * account (the demo's ISP, so a wrong password in the web UI fails as it would in the field).
 */
public final class SimulatedAccessConcentrator {
    /** The demo's one account; the demo prints it at start-up. */
    public static final PppoeAccount DEMO_ACCOUNT = new PppoeAccount("demo@isp.example.ne.jp", "voipgw-demo");
    public static final String AC_NAME = "voipgw-sim-bras";
    public static final String PEER_ADDRESS = "203.0.113.1";
    private static final int FIRST_HOST = 10;
    private static final int LAST_HOST = 254;

    private Map<String, String> configured;
    private Map<String, String> restricted;
    private boolean down;
    private boolean rejectAll;
    private boolean echoLost;
    private final Set<Integer> leased = new TreeSet<>();
    private final Set<Runnable> padtTargets = new LinkedHashSet<>();

    private SimulatedAccessConcentrator(Map<String, String> configured) {
        this.configured = configured;
    }

    public static SimulatedAccessConcentrator acceptingAnyAccount() {
        return new SimulatedAccessConcentrator(Map.of());
    }

    public static SimulatedAccessConcentrator withAccount(PppoeAccount account) {
        return new SimulatedAccessConcentrator(Map.of(account.user(), account.password()));
    }

    /** The demo ISP: only {@link #DEMO_ACCOUNT}. */
    public static SimulatedAccessConcentrator demo() {
        return withAccount(DEMO_ACCOUNT);
    }

    /**
     * Replaces the provider's usual accounts (what {@code clear pppoe.accounts} returns to); empty:
     * every account is accepted. The demo calls this with {@link #DEMO_ACCOUNT} on its assembled device.
     */
    public void setUsualAccounts(List<PppoeAccount> accounts) {
        Map<String, String> m = new LinkedHashMap<>();
        accounts.forEach(a -> m.put(a.user(), a.password()));
        configured = Map.copyOf(m);
    }

    /** The accounts accepted right now; empty means every account is accepted. */
    public List<PppoeAccount> accounts() {
        List<PppoeAccount> out = new ArrayList<>();
        effectiveAccounts().forEach((u, p) -> out.add(new PppoeAccount(u, p)));
        return out;
    }

    // ---- faults -------------------------------------------------------------------------------

    /** {@code fault pppoe.accounts USER:PASS,...}: from now on only these accounts are accepted. */
    public void restrictAccounts(List<PppoeAccount> accounts) {
        Map<String, String> m = new LinkedHashMap<>();
        accounts.forEach(a -> m.put(a.user(), a.password()));
        restricted = Map.copyOf(m);
        Logger.info("simulated ISP: only {} accepted from now on", accounts);
    }

    public void clearAccounts() {
        restricted = null;
    }

    /** {@code fault pppoe.ac down}: the access concentrator is gone: no PADO, no echo replies. */
    public void setDown(boolean d) {
        down = d;
    }

    /** {@code fault pppoe.auth reject}: every account is refused. */
    public void setRejectAll(boolean r) {
        rejectAll = r;
    }

    /** {@code fault pppoe.echo lost}: LCP echo-requests go unanswered. */
    public void setEchoLost(boolean l) {
        echoLost = l;
    }

    /** {@code fault pppoe.padt}: the provider ends every session now (PADT, RFC 2516 §5.5). */
    public void terminateAll() {
        List<Runnable> targets = List.copyOf(padtTargets);
        Logger.info("simulated ISP: sending PADT to {} session(s)", targets.size());
        targets.forEach(Runnable::run);
    }

    /**
     * The scenario faults of a simulated access concentrator; each is undone by {@code clear NAME}.
     * The specs are shared by every device of a model (the scenario parser reads them from a
     * model's description), so they find the device's own access concentrator through {@code ispOf}.
     */
    public static List<FaultSpec> faults(Function<DeviceContext, SimulatedAccessConcentrator> ispOf) {
        return List.of(
                new FaultSpec("pppoe.accounts", List.of("USER:PASS,..."),
                        "the provider accepts only these accounts (clear: its usual accounts again)",
                        PppoeAccount::checkList, (c, a) -> ispOf.apply(c).restrictAccounts(PppoeAccount.parseList(a)),
                        c -> ispOf.apply(c).clearAccounts()),
                FaultSpec.words("pppoe.ac", List.of("down"),
                        "the access concentrator is down: no PADO, no LCP echo replies",
                        (c, a) -> ispOf.apply(c).setDown(true), c -> ispOf.apply(c).setDown(false)),
                FaultSpec.words("pppoe.auth", List.of("reject"), "the provider refuses every account",
                        (c, a) -> ispOf.apply(c).setRejectAll(true), c -> ispOf.apply(c).setRejectAll(false)),
                FaultSpec.words("pppoe.echo", List.of("lost"), "LCP echo-requests go unanswered",
                        (c, a) -> ispOf.apply(c).setEchoLost(true), c -> ispOf.apply(c).setEchoLost(false)),
                FaultSpec.words("pppoe.padt", List.of(),
                        "the provider ends every current session with PADT (a one-off event; clear does nothing)",
                        (c, a) -> ispOf.apply(c).terminateAll(), c -> { }));
    }

    // ---- what the simulated link asks ---------------------------------------------------------

    /** RFC 2516 §5.2: an AC that cannot serve answers no PADI; ours serves every service name. */
    boolean answersDiscovery(String serviceName) {
        return !down;
    }

    boolean authenticates(String user, String password) {
        if (rejectAll) {
            return false;
        }
        Map<String, String> m = effectiveAccounts();
        return m.isEmpty() || password.equals(m.get(user));
    }

    boolean answersEcho() {
        return !down && !echoLost;
    }

    /** IPCP: the lowest free address, or empty when the pool is exhausted. */
    Optional<String> lease() {
        for (int h = FIRST_HOST; h <= LAST_HOST; h++) {
            if (leased.add(h)) {
                return Optional.of("203.0.113." + h);
            }
        }
        return Optional.empty();
    }

    void release(String address) {
        if (address != null) {
            leased.remove(Integer.parseInt(address.substring(address.lastIndexOf('.') + 1)));
        }
    }

    void sessionStarted(Runnable padt) {
        padtTargets.add(padt);
    }

    void sessionEnded(Runnable padt) {
        padtTargets.remove(padt);
    }

    private Map<String, String> effectiveAccounts() {
        return restricted != null ? restricted : configured;
    }
}
