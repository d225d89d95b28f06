package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

/** Issue 13 finding 6: 49,000 oversize datagrams wrote 49,000 WARN lines to the 5 × 1 MB flash log. */
class SipDropLogTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> lines = new ArrayList<>();
    private final SipDropLog drops = new SipDropLog(clock, lines::add);

    @Test
    void theFirstDropIsToldAtOnceTheRestSummarisedPerMinute() {
        drops.dropped("192.0.2.7", "over 16 KiB");
        assertEquals(List.of("dropped a SIP datagram from 192.0.2.7 (over 16 KiB); further drops are summarised"), lines);
        for (int i = 0; i < 999; i++) {
            drops.dropped("192.0.2.7", "over 16 KiB");
        }
        assertEquals(1, lines.size(), "nothing more within the minute");
        clock.advance(Duration.ofMinutes(1));
        drops.tick();
        assertEquals("999 SIP datagrams dropped in the last 1 min (999 over 16 KiB): from 192.0.2.7 (999)", lines.get(1));
    }

    @Test
    void fortyNineThousandDatagramsADayFromManySpoofedSourcesWriteAFewShortLines() {
        long bytes = 0;
        for (int i = 0; i < 49_000; i++) {
            clock.advance(Duration.ofMillis(86_400_000L / 49_000));
            drops.dropped("198.51.100." + (i % 250), i % 3 == 0 ? "malformed" : "over 16 KiB");
            if (i % 1000 == 0) {
                drops.tick();
            }
        }
        for (String l : lines) {
            bytes += l.length();
            assertTrue(l.length() < 250, l);
        }
        assertTrue(lines.size() <= 30, lines.size() + " lines: " + lines);
        assertTrue(bytes < 10_000, bytes + " bytes");
        assertTrue(lines.get(lines.size() - 1).contains("from other addresses"), lines.get(lines.size() - 1));
    }

    @Test
    void afterAnHourOfQuietANewAttackIsToldAtOnceAgain() {
        drops.dropped("192.0.2.7", "malformed");
        drops.dropped("192.0.2.7", "malformed");
        clock.advance(Duration.ofMinutes(2));
        drops.tick();
        assertEquals(2, lines.size(), lines.toString());
        clock.advance(Duration.ofHours(2));
        drops.tick();
        drops.dropped("203.0.113.1", "not the registrar or outbound proxy");
        assertEquals("dropped a SIP datagram from 203.0.113.1 (not the registrar or outbound proxy); further drops are summarised",
                lines.get(lines.size() - 1));
    }
}
