package org.voipgw.agent.sip.invite;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SIP edge of calls (DESIGN.md: SIP behind a port): INVITE dialogs out and in, at the level of the
 * dialog — transactions, retransmissions, Via/Route/Contact and tags are the port's business (jain-sip
 * live, the in-memory carrier in scenarios). No javax.sip type crosses it; every callback arrives on the
 * device event loop.
 */
public interface InvitePort {
    /** An edge that carries no calls: each INVITE fails at once (the leg clears its call), none comes in. */
    InvitePort NONE = new InvitePort() {
        @Override
        public OutgoingDialog invite(Invite invite, OutgoingListener listener) {
            listener.failed("this SIP edge carries no calls");
            return new OutgoingDialog() {
                @Override
                public void retry(String authorization, boolean proxy) {
                }

                @Override
                public void cancel() {
                }

                @Override
                public void ack() {
                }

                @Override
                public void bye() {
                }

                @Override
                public void reinvite(String sdp) {
                }
            };
        }

        @Override
        public void onInvite(IncomingListener listener) {
        }
    };

    /** Sends an INVITE outside any dialog; {@code listener} hears its responses and the dialog's requests. */
    OutgoingDialog invite(Invite invite, OutgoingListener listener);

    /** Who is told of INVITEs from the carrier (already filtered: only the proxy/registrar gets through). */
    void onInvite(IncomingListener listener);

    /** What we send in an INVITE. */
    record Invite(String requestUri, String toUri, OutgoingIdentity identity, String sdp,
                  Optional<String> authorization, boolean proxyAuthorization) {
    }

    /** An INVITE the carrier sent us. */
    record IncomingInvite(String callId, String requestUri, String from, Optional<String> assertedIdentity,
                          Optional<String> privacy, Optional<String> sdp, OptionalInt sessionExpires) {
        /** The dialled number: the Request-URI's user part (RFC 3261 §8.2.2.1), else empty. */
        public String dialled() {
            String u = requestUri;
            int colon = u.indexOf(':');
            int at = u.indexOf('@');
            if (colon < 0 || at <= colon) {
                return "";
            }
            String user = u.substring(colon + 1, at);
            int semi = user.indexOf(';');
            return semi >= 0 ? user.substring(0, semi) : user;
        }
    }

    /** What a dialog we started can do. */
    interface OutgoingDialog {
        /** The INVITE again with credentials (RFC 3261 §22.2: same Call-ID and From tag, CSeq + 1). */
        void retry(String authorization, boolean proxy);

        /** CANCEL (RFC 3261 §9.1); only once a provisional response came. */
        void cancel();

        /** ACK for a 2xx (RFC 3261 §13.2.2.4). */
        void ack();

        /** BYE (RFC 3261 §15.1.1). */
        void bye();

        /** A re-INVITE with {@code sdp}, e.g. a session refresh (RFC 4028 §10). */
        void reinvite(String sdp);
    }

    /** What a dialog the carrier started can do. */
    interface IncomingDialog {
        /** 180 (no SDP) or 183 with {@code sdp} (early media). */
        void ring(int status, Optional<String> sdp);

        /** 200 OK with our answer; the port retransmits it until the ACK (RFC 3261 §13.3.1.4). */
        void accept(String sdp, Optional<SessionTimer> timer);

        /** A final error response to the INVITE. */
        void reject(int status);

        /** BYE. */
        void bye();

        /** Who hears the dialog's later requests. */
        void listen(DialogListener listener);
    }

    /** Responses to our INVITE, and the far end's requests in its dialog. */
    interface OutgoingListener extends DialogListener {
        /** A provisional response (100–199), with its SDP when it carries one. */
        void provisional(int status, Optional<String> sdp);

        /** A 2xx, with its SDP and the session timer it agreed (RFC 4028 §7.2), if any. */
        void success(Optional<String> sdp, Optional<SessionTimer> timer);

        /**
         * A final failure (300–699). {@code challenges}: WWW-/Proxy-Authenticate of a 401/407;
         * {@code q850}: the cause of a Reason header (RFC 3326) when present.
         */
        void failure(int status, List<String> challenges, OptionalInt q850);
    }

    /** Requests within a dialog, either way round. */
    interface DialogListener {
        /** CANCEL before our final response (the port has answered 200 and 487). */
        default void cancelled(OptionalInt q850) {
        }

        /** BYE (the port answers 200); {@code q850}: the cause of its Reason header, when present. */
        default void bye(OptionalInt q850) {
        }

        /** A re-INVITE with a new offer (hold, a session refresh): our answer, or 488. */
        default CallMedia.Negotiation reinvite(String offer) {
            return new CallMedia.Negotiation.NotAcceptable("no media session");
        }

        /** The transaction failed: Timer B/F fired, no ACK for our 2xx, the transport is gone. */
        default void failed(String why) {
        }
    }

    /** Told of each INVITE from the carrier. */
    @FunctionalInterface
    interface IncomingListener {
        void invite(IncomingInvite invite, IncomingDialog dialog);
    }
}
