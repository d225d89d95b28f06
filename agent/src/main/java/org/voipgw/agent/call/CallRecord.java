package org.voipgw.agent.call;

import java.time.Duration;
import java.time.Instant;

/** One ended call in the history the VoIP状態 page shows (time, numbers, talk time, cause). */
public record CallRecord(int id, Instant started, CallDirection direction, String port, String called,
                         String calling, Duration talkTime, int cause, CallSide clearedBy) {
    static CallRecord of(Call c) {
        return new CallRecord(c.id(), c.started(), c.direction(), c.port(), c.called(), c.calling().shownNumber(),
                c.talkTime(), c.cause(), c.clearedBy().orElseThrow());
    }
}
