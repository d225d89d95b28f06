package org.voipgw.agent.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;

/**
 * The wall-clock driver of {@code --live} runs, on a simulated box whose loop is a real scheduler (no SIP
 * peer needed): steps at their times since the start, WITHIN passing when it becomes true and failing at the
 * end of its window, FOR failing the moment it breaks and passing when its window ends, a step that cannot be
 * done failing the run, and every expectation decided.
 */
class RealTimeRunTest {
    private SystemScheduler loop;
    private Device device;

    @BeforeEach
    void box() {
        loop = new SystemScheduler("real-time-run-test");
        device = EventLoop.call(loop, () -> DeviceAssembly.simulated(GatewayModel.VIII, loop, null));
    }

    @AfterEach
    void close() {
        EventLoop.run(loop, device::close);
        loop.close();
    }

    private static Scenario parse(String text) {
        ScenarioParser.Result r = ScenarioParser.parse("rt.scn", text);
        assertEquals(List.of(), r.errors());
        return r.scenario();
    }

    @Test
    void stepsRunAtTheirTimesAndExpectationsAreDecidedOnTheWallClock() {
        Scenario s = parse("""
                model VIII
                at 0s power on
                expect lamp POWER green within 5s
                expect lamp POWER red within 300ms
                expect lamp INIT off for 1s
                at +3s pbx.hangup pri
                at +0s power off
                expect lamp POWER green for 1s
                """);
        StringWriter log = new StringWriter();
        List<Outcome> o = new RealTimeRun(new PrintWriter(log), s, device).run();
        Map<Integer, Outcome> byLine = o.stream().collect(Collectors.toMap(x -> x.expectation().line(),
                Function.identity()));
        assertEquals(5, o.size(), "every expectation and the failed step: " + log);
        Outcome green = byLine.get(3);
        assertTrue(green.passed() && green.decidedAtMillis() < 5000, log.toString());
        Outcome red = byLine.get(4);
        assertFalse(red.passed(), log.toString());
        assertTrue(red.decidedAtMillis() >= 300, "decided at the end of its window, not before: " + red);
        Outcome initOff = byLine.get(5);
        assertTrue(initOff.passed() && initOff.decidedAtMillis() >= 1000, "held for its whole window: " + initOff);
        Outcome hangup = byLine.get(6);
        assertFalse(hangup.passed(), "hanging up a call that is not there fails the run: " + hangup);
        assertTrue(hangup.decidedAtMillis() >= 3000, "the step ran at 3 s: " + hangup);
        Outcome stillGreen = byLine.get(8);
        assertFalse(stillGreen.passed(), "powered off, POWER is not green: " + stillGreen);
        assertTrue(log.toString().contains("[3.000s] at +3s pbx.hangup pri"), log.toString());
    }

    @Test
    void aRunIsBoundedByItsSpanPlusSlack() {
        Scenario s = parse("model VIII\nat 0s power on\nat +10s note x\nexpect lamp POWER green within 20s\n");
        assertEquals(Duration.ofSeconds(30).plus(RealTimeRun.SLACK), RealTimeRun.bound(s));
    }
}
