package org.voipgw.isdn.call;

import java.time.Duration;
import org.voipgw.hal.time.Scheduler;

/**
 * The in-process far end of the simulation: alerts at once, answers after a configurable time
 * (unless the call was cleared meanwhile), and never hangs up by itself.
 */
public final class AnsweringFarEnd implements FarEnd {
    private final Scheduler scheduler;
    private final Duration answerAfter;

    public AnsweringFarEnd(Scheduler scheduler, Duration answerAfter) {
        this.scheduler = scheduler;
        this.answerAfter = answerAfter;
    }

    @Override
    public void offer(IsdnCall call) {
        call.alert();
        scheduler.schedule(answerAfter, call::answer); // a no-op if the call was cleared meanwhile
    }
}
