package org.voipgw.isdn.call;

import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.q931.Message;

/** What one {@link IsdnCall} needs from its {@link CallControl}. */
interface CallContext {
    void send(Message message);

    Scheduler scheduler();

    Q931Timers timers();

    BChannels channels();

    int callRefLength();

    /** The call reached N0: forget it. */
    void ended(IsdnCall call);
}
