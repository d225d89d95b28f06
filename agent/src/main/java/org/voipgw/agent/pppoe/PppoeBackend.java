package org.voipgw.agent.pppoe;

import java.nio.file.Path;
import org.voipgw.hal.time.Scheduler;

/**
 * The edge a {@link PppoeSession} drives: one link attempt at a time per session. Implementations:
 * the simulated access concentrator ({@code sim}, virtual time) and supervised Linux pppd
 * ({@code pppd}). Both report on the device event loop only, and never after the link was closed.
 */
public interface PppoeBackend {
    /**
     * Once, before the first {@link #open}: the device's event loop and a directory for its files
     * (null when the device has no flash directory: tests and scenarios keep everything in memory).
     */
    void attach(Scheduler loop, Path deviceDir);

    /**
     * Starts discovery and PPP for session {@code config.session()}; events then say how it goes.
     * A link reports {@link LinkEvents#up} at most once and {@link LinkEvents#down} at most once, last.
     */
    Link open(PppoeConfig config, LinkEvents events);

    /** Releases processes and threads (orderly device shutdown). */
    default void close() {
    }

    /** One attempt, and then the established link. */
    interface Link {
        /**
         * Ends the attempt or the session: {@code orderly} sends PADT (RFC 2516 §5.5; pppd on SIGTERM),
         * otherwise the power is gone and nothing can be sent. No event follows.
         */
        void close(boolean orderly);

        /** IP traffic passed (resets the on-demand idle timer). */
        default void traffic() {
        }
    }

    /** What a link reports, always on the device event loop. */
    interface LinkEvents {
        /** IPCP is up (pppd's ip-up): the session is 接続 with {@code localAddress}. */
        void up(String localAddress);

        /** The attempt failed or the established link went down; nothing follows. */
        void down(LinkDrop drop);
    }
}
