package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voipgw.fxs.PortSelection.Choice;
import org.voipgw.fxs.PortSelection.Port;

/** Port choice, table-driven: numbers of ports 1-4 are 0311110001..0311110004 except port 2 (none). */
class PortSelectionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // why,                              called,      ports in use, expected
        "dial-in number of port 3,           0311110003,  '',           ring 3",
        "dial-in number of port 4,           0311110004,  '1 2 3',      ring 4",
        "no match: first free from port 1,   0399999999,  '',           ring 1",
        "no match and port 1 busy: port 2,     0399999999,  '1',          ring 2",
        "no match and 1-3 busy: port 4,       0399999999,  '1 2 3',      ring 4",
        "own port busy: hunts to first free, 0311110003,  '3',          ring 1",
        "own port and others busy,          0311110003,  '1 2 3',      ring 4",
        "all busy: refused with cause 17,   0311110003,  '1 2 3 4',    busy",
        "all busy and no match,               0399999999,  '1 2 3 4',    busy",
    })
    void choosesAsTheIssueSays(String why, String called, String inUse, String expected) {
        List<String> busy = List.of(inUse.split(" "));
        List<Port> ports = new ArrayList<>();
        for (int p = 4; p >= 1; p--) { // any order in, port order out
            ports.add(new Port(p, p == 2 ? "" : "031111000" + p, busy.contains(String.valueOf(p))));
        }
        Choice want = expected.equals("busy") ? new Choice.Busy(17) : new Choice.Ring(Integer.parseInt(expected.substring(5)));
        assertEquals(want, PortSelection.choose(called, ports), why);
    }
}
