package org.voipgw.hal.dchan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DChannelSpecTest {
    @Test
    void theIssuesExamplesParse() {
        DChannelSpec.Udp u = assertInstanceOf(DChannelSpec.Udp.class,
                DChannelSpec.parse("udp:127.0.0.1:40000>127.0.0.1:40001"));
        assertEquals(40000, u.local().getPort());
        assertEquals(40001, u.remote().getPort());
        assertEquals("127.0.0.1", u.remote().getAddress().getHostAddress());
        assertEquals("udp:127.0.0.1:40000>127.0.0.1:40001", u.toString());

        DChannelSpec.Serial s = assertInstanceOf(DChannelSpec.Serial.class,
                DChannelSpec.parse("serial:/dev/ttyUSB0@115200"));
        assertEquals("/dev/ttyUSB0", s.device());
        assertEquals(115200, s.baud());
        assertEquals("serial:/dev/ttyUSB0@115200", s.toString());

        assertInstanceOf(DChannelSpec.Sim.class, DChannelSpec.parse("sim"));
    }

    @Test
    void ipv6InBrackets() {
        DChannelSpec.Udp u = (DChannelSpec.Udp) DChannelSpec.parse("udp:[::1]:5000>[::1]:5001");
        assertEquals("udp:[0:0:0:0:0:0:0:1]:5000>[0:0:0:0:0:0:0:1]:5001", u.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "udp", "udp:127.0.0.1:40000", "udp:127.0.0.1:40000>", "udp:localhost:1>127.0.0.1:2",
        "udp:127.0.0.1:0>127.0.0.1:2", "udp:127.0.0.1:70000>127.0.0.1:2", "udp:1.2.3:4>1.2.3.4:5",
        "udp:127.0.0.1:1>127.0.0.1:2>127.0.0.1:3", "serial:/dev/ttyUSB0", "serial:@9600", "serial:/dev/x@fast",
        "serial:/dev/x@10", "serial:/dev/x@99999999", "tcp:127.0.0.1:1", "SIM"})
    void badTransportsSayWhatIsValid(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DChannelSpec.parse(text));
        assertTrue(e.getMessage().contains("'"), e.getMessage()); // quotes what was wrong
        assertTrue(e.getMessage().matches(".*(valid|e\\.g\\.|IP:PORT|range).*"), e.getMessage());
    }
}
