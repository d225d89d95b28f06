package org.voipgw.isdn.call;

import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.lapd.LinkUser;

/**
 * Runs a {@link CallControl} on a data link: the DL- primitives of Q.921 §4.1.1 mapped onto it
 * (establish → link usable, release → data-link failure handling of Q.931 §5.8.9, data → a
 * layer-3 message), telling the owner (a PRI span, a BRI port) whenever something changed.
 */
public final class CallLink implements LinkUser {
    private final CallControl calls;
    private final int tei;
    private final Runnable changed;
    private final Runnable afterRelease;

    /**
     * @param tei the TEI of the data link
     * @param changed run after every change (recompute the line state)
     * @param afterRelease run when the link was released (e.g. schedule a new establishment)
     */
    public CallLink(CallControl calls, int tei, Runnable changed, Runnable afterRelease) {
        this.calls = calls;
        this.tei = tei;
        this.changed = changed;
        this.afterRelease = afterRelease;
    }

    @Override
    public void established() {
        calls.linkEstablished(tei);
        changed.run();
    }

    @Override
    public void released() {
        calls.linkFailed(tei);
        afterRelease.run();
        changed.run();
    }

    @Override
    public void data(Octets message) {
        calls.receive(tei, message);
    }

    @Override
    public void stateChanged(LinkState state) {
        changed.run();
    }
}
