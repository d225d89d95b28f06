package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.SimulatedFxsPorts;
import org.voipgw.hal.time.VirtualClock;

/** A Ⅲ-sized box (4 ports): incoming calls hunt, the call count follows the lines. */
class FxsPortsTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedFxsPorts box = new SimulatedFxsPorts(clock, 4,
            port -> FxsPortSettings.parse(port, port == 3 ? "0311113333" : "", port == 4 ? "off" : "on", "", ""),
            port -> MediaSignalling.forLine(), new MediaPhoneSignals(), port -> new JclipPhoneReceiver(), new FxsLineEvents() { });
    private final FxsPorts ports = box.ports();

    @Test
    void callsHuntAndAllBusyIsRefused() {
        CallerIdentity caller = CallerIdentity.of("0399998888");
        assertEquals(new PortSelection.Choice.Ring(3), ports.offer("0311113333", caller));
        assertEquals(new PortSelection.Choice.Ring(1), ports.offer("0300000000", caller));
        assertEquals(2, ports.calls());
        box.phone(2).offHook(); // port 2 lifts its handset: dial tone is not a call, but the port is in use
        clock.advance(Duration.ofMillis(100));
        assertEquals(2, ports.calls());
        assertEquals(new PortSelection.Choice.Ring(4), ports.offer("0300000000", caller));
        assertEquals(LineState.RINGING, ports.port(4).state(), "port 4 has caller ID off");
        assertEquals(new PortSelection.Choice.Busy(17), ports.offer("0300000000", caller));
        assertEquals(3, ports.calls());
    }

    @Test
    void knowsItsNumbersAndRefusesPortsThatDoNotExist() {
        assertEquals(Set.of("0311113333"), ports.dialInNumbers());
        assertEquals(4, ports.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ports.port(5));
        assertEquals("FXS port 5 does not exist; valid: 1-4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> box.phone(0));
        assertEquals(2, box.phone(2).port());
    }
}
