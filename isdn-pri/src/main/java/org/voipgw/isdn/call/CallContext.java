package org.voipgw.isdn.call;

import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.q931.Message;

/** What one {@link IsdnCall} needs from its {@link CallControl}. */
interface CallContext {
    /** Sends on the data link of {@code tei}. */
    void send(int tei, Message message);

    /** Sends to every terminal (UI frame on TEI 127). */
    void broadcast(Message message);

    Scheduler scheduler();

    Q931Timers timers();

    BChannels channels();

    int callRefLength();

    CallRole role();

    /** The call reached N0: forget it. */
    void ended(IsdnCall call);
}
