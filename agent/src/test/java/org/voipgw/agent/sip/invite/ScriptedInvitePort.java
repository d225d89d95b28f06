package org.voipgw.agent.sip.invite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An InvitePort that records what the legs send, for tests that script the carrier's side by hand. */
final class ScriptedInvitePort implements InvitePort {
    final List<String> sent = new ArrayList<>();
    final List<Invite> invites = new ArrayList<>();
    OutgoingListener outgoing;
    IncomingListener incoming;

    @Override
    public OutgoingDialog invite(Invite invite, OutgoingListener listener) {
        invites.add(invite);
        outgoing = listener;
        sent.add("INVITE " + invite.requestUri());
        return new OutgoingDialog() {
            @Override
            public void retry(String authorization, boolean proxy) {
                invites.add(new Invite(invite.requestUri(), invite.toUri(), invite.identity(), invite.sdp(),
                        Optional.of(authorization), proxy));
                sent.add("INVITE with credentials");
            }

            @Override
            public void cancel() {
                sent.add("CANCEL");
            }

            @Override
            public void ack() {
                sent.add("ACK");
            }

            @Override
            public void bye() {
                sent.add("BYE");
            }

            @Override
            public void reinvite(String sdp) {
                sent.add("re-INVITE");
            }
        };
    }

    @Override
    public void onInvite(IncomingListener listener) {
        incoming = listener;
    }

    /** The server side of one incoming INVITE. */
    static final class Server implements IncomingDialog {
        final List<String> sent = new ArrayList<>();
        DialogListener listener;

        @Override
        public void ring(int status, Optional<String> sdp) {
            sent.add(status + (sdp.isPresent() ? " with SDP" : ""));
        }

        @Override
        public void accept(String sdp, Optional<SessionTimer> timer) {
            sent.add("200");
        }

        @Override
        public void reject(int status) {
            sent.add(Integer.toString(status));
        }

        @Override
        public void bye() {
            sent.add("BYE");
        }

        @Override
        public void listen(DialogListener l) {
            listener = l;
        }
    }
}
