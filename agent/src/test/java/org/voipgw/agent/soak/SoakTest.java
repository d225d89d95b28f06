package org.voipgw.agent.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.Device;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;

class SoakTest {
    @Test
    void twoDaysOfTheViiiWithAFixedSeedKeepEveryInvariant() {
        VocabularyCalls calls = new VocabularyCalls(SoakRun.BOX_NUMBER);
        SoakRun.Result r = new SoakRun(GatewayModel.VIII, 2, 20261130L, calls).run();
        assertEquals(0, r.violations(), r.line() + " " + r.firstViolations());
        assertTrue(r.faults() > 500, r.line()); // about 570 events a day, 80 in 83 of them faults
        assertTrue(r.actions() > 30, "calls, power cuts and reboots happened: " + r.actions());
        assertTrue(calls.talking() > 5, "ISDN calls were set up and talked: " + r.traffic());
        assertTrue(r.line().matches("2 days, \\d{1,3}(,\\d{3})* faults, 0 invariant violations"), r.line());
        System.out.println("soak VIII seed 20261130: " + r.line() + ", heap after GC " + (r.heapBaseline() >> 20) + " → "
                + (r.heapLastDay() >> 20) + " MiB");
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnalogCallsTalk() {
        VocabularyCalls calls = new VocabularyCalls(SoakRun.BOX_NUMBER);
        SoakRun.Result a = new SoakRun(GatewayModel.III, 1, 7, calls).run();
        SoakRun.Result b = new SoakRun(GatewayModel.III, 1, 7, new VocabularyCalls(SoakRun.BOX_NUMBER)).run();
        assertEquals(a.faults(), b.faults());
        assertEquals(a.actions(), b.actions());
        assertEquals(a.traffic(), b.traffic());
        assertEquals(0, a.violations(), a.firstViolations().toString());
        assertTrue(calls.talking() > 0, "phones called out or were called and talked: " + a.traffic());
    }

    @Test
    void aCallLeftInProgressIsAStuckViolation() {
        SoakTraffic leaky = new SoakTraffic() {
            @Override
            public boolean step(Device device, RandomGenerator random, Scheduler scheduler) {
                return false; // no traffic during the day
            }

            @Override
            public void endAll(Device device) {
                // asked to end the calls, it starts two that never end: the soak must notice
                for (String n : List.of("1", "2")) {
                    for (List<String> words : List.of(List.of(n, "onhook"), List.of(n, "offhook"),
                            List.of(n, "dial", "0398765432"))) {
                        try {
                            device.vocabulary().action("phone").orElseThrow().run().accept(device, words);
                        } catch (RuntimeException refused) {
                            // e.g. on-hook already
                        }
                    }
                }
            }
        };
        SoakRun.Result r = new SoakRun(GatewayModel.III, 1, 7, leaky).run();
        assertEquals(1, r.violations(), r.firstViolations().toString());
        assertTrue(r.firstViolations().getFirst().contains("2 calls left in progress"), r.firstViolations().toString());
    }
}
