package org.voipgw.agent.sip.live;

import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tinylog.Logger;

/**
 * What one jain-sip stack lets in, looked up by stack name by {@link GuardedParserFactory} (before
 * parsing) and {@link GuardValve} (after): jain-sip creates both by class name, so they cannot be
 * handed the policy directly.
 *
 * @param trusted             addresses of the registrar and outbound proxy
 * @param trustedOnly         drop every message from any other address, without a reply
 *                            ({@code sip.accept-from-proxy-only}: no ghost rings from SIP scanners)
 * @param drops               where drops are counted and summarised for the flash log (never a line each)
 */
record InboundGuard(Set<InetAddress> trusted, boolean trustedOnly, SipDropLog drops) {
    /** Larger datagrams are dropped unparsed (issue 5); a REGISTER exchange needs a few hundred bytes. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    private static final Map<String, InboundGuard> BY_STACK = new ConcurrentHashMap<>();

    /** For the test peers (embedded registrar): drops are only debug lines there. */
    static final InboundGuard OPEN = new InboundGuard(Set.of(), false, quietDrops());

    InboundGuard {
        trusted = Set.copyOf(trusted);
    }

    /** {@code source}: the peer's literal IP address as jain-sip's channel gives it. */
    boolean admits(String source) {
        return !trustedOnly || (source != null && trusted.stream().anyMatch(a -> a.getHostAddress().equals(source)));
    }

    static void install(String stackName, InboundGuard guard) {
        BY_STACK.put(stackName, guard);
    }

    static void remove(String stackName) {
        BY_STACK.remove(stackName);
    }

    /** Unknown stacks get the strictest policy: nothing is trusted. */
    static InboundGuard of(String stackName) {
        return BY_STACK.getOrDefault(stackName, new InboundGuard(Set.of(), true, quietDrops()));
    }

    private static SipDropLog quietDrops() {
        return new SipDropLog(() -> 0L, line -> Logger.debug(line));
    }
}
