package org.voipgw.webui;

import java.time.Duration;
import java.util.Objects;

/**
 * A call in progress as VoIP状態 and {@code /status.json} show it (issue 10, Web UI).
 *
 * @param port       the PBX-side port: {@code pri}, {@code bri1}…, {@code fxs1}…
 * @param channel    the B channel on that port (1-based), 0 where a port has none (an FXS line)
 * @param calling    the calling number as shown ("" when withheld or unknown)
 * @param called     the called number (toward the PBX: after 着信番号変換)
 * @param duration   talk time so far; zero until answered
 * @param codec      the RTP payload in use, e.g. {@code PCMU}; "" before media is agreed
 * @param rtpSent    RTP packets sent toward the carrier
 * @param rtpReceived RTP packets received from the carrier
 * @param lost       packets lost on receive (RFC 3550 §6.4.1 cumulative number of packets lost)
 * @param jitterMs   the receive interarrival jitter in milliseconds (RFC 3550 §6.4.1)
 */
public record CallView(String port, int channel, CallWay direction, String calling, String called, Duration duration,
                       String codec, long rtpSent, long rtpReceived, long lost, double jitterMs) {
    public CallView {
        Objects.requireNonNull(port);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(calling);
        Objects.requireNonNull(called);
        Objects.requireNonNull(duration);
        Objects.requireNonNull(codec);
    }
}
