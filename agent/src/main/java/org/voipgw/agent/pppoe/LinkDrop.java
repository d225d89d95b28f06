package org.voipgw.agent.pppoe;

import java.util.Objects;

/**
 * Why a PPPoE link attempt ended or an established link went down, as a backend reports it, with a
 * human-readable detail for the web UI's lastError and the log.
 */
public record LinkDrop(Cause cause, String detail) {
    public LinkDrop {
        Objects.requireNonNull(cause);
        Objects.requireNonNull(detail);
    }

    public static LinkDrop of(Cause cause) {
        return new LinkDrop(cause, cause.text());
    }

    /** How the session goes on after a drop of this cause (see {@link RetrySchedule}). */
    public enum Recovery {
        /** Retry on the ordinary back-off. */
        RETRY,
        /** Retry on the slow authentication back-off; the session shows 認証失敗. */
        RETRY_AUTH,
        /** Nothing to retry: the link ended as asked for (idle time-out). */
        STOP,
        /** Retrying cannot help until the installation or the settings change: stop and show why. */
        HALT
    }

    public enum Cause {
        /** RFC 2516 §5.1/5.3: no PADO (or PADS) for our PADI (PADR) after every discovery retry. */
        NO_ACCESS_CONCENTRATOR("no access concentrator answered (no PADO/PADS)", Recovery.RETRY),
        /** pppd exit 19: "We failed to authenticate ourselves to the peer" (PAP/CHAP refused). */
        AUTH_FAILED("the provider refused the user name or password", Recovery.RETRY_AUTH),
        /** pppd lcp-echo-failure reached; exit 15 (or 16 with rp-pppoe). */
        ECHO_TIMEOUT("the provider stopped answering LCP echo-requests", Recovery.RETRY),
        /** RFC 2516 §5.5: the access concentrator sent PADT; pppd exit 16 (or 0, peer's request). */
        PEER_TERMINATED("the provider ended the session (PADT)", Recovery.RETRY),
        /** The WAN cable went down under the session. */
        WAN_DOWN("the WAN link is down", Recovery.RETRY),
        /** LCP/IPCP did not complete (pppd exit 10). */
        NEGOTIATION_FAILED("PPP negotiation failed", Recovery.RETRY),
        /** pppd exit 12: idle for the configured time (on-demand mode). */
        IDLE("idle time-out", Recovery.STOP),
        /** pppd exit 4, or exit 1 with "Couldn't open the /dev/ppp device": the kernel has no PPP. */
        NO_KERNEL_PPP("the kernel has no PPP support (no /dev/ppp)", Recovery.HALT),
        /** pppd missing, refused our options (exit 2) or lacks privileges (exit 3). */
        SETUP_ERROR("pppd cannot run with this installation", Recovery.HALT),
        /** Any other failure of the PPP software (pppd exit 1 and the rest). */
        PROCESS_ERROR("pppd failed", Recovery.RETRY);

        private final String text;
        private final Recovery recovery;

        Cause(String text, Recovery recovery) {
            this.text = text;
            this.recovery = recovery;
        }

        public String text() {
            return text;
        }

        public Recovery recovery() {
            return recovery;
        }
    }
}
