package org.voipgw.webui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One ended call in the history VoIP状態 shows (the last 50, newest first; issue 10, Web UI).
 *
 * @param started  when the call was offered (device clock)
 * @param duration talk time; zero when never answered
 * @param cause    the ITU-T Q.850 cause it ended with (16 normal clearing, 17 busy, …)
 */
public record CallRecordView(Instant started, CallWay direction, String port, String calling, String called,
                             Duration duration, int cause) {
    public CallRecordView {
        Objects.requireNonNull(started);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(port);
        Objects.requireNonNull(calling);
        Objects.requireNonNull(called);
        Objects.requireNonNull(duration);
    }
}
