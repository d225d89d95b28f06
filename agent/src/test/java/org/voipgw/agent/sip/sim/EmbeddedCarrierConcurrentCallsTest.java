package org.voipgw.agent.sip.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import static org.voipgw.agent.assembly.GatewayWords.act;
import static org.voipgw.agent.assembly.GatewayWords.probe;
import static org.voipgw.agent.assembly.GatewayWords.until;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;

/**
 * The demo carrier with two subscribers (two Ⅷ boxes over real UDP) and two calls at once each way: both
 * boxes call its far end together, then it calls both boxes back to back. Each call is routed to its own
 * subscriber's contact (a shared "current route" would send both INVITEs to the last one called).
 */
class EmbeddedCarrierConcurrentCallsTest {
    private static final String FAR = "0398765432";
    private static final List<String> USERS = List.of("0312345678", "0312345679");
    private static EmbeddedRegistrar carrier;
    private static final List<RunningGateway> BOXES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        carrier = EmbeddedRegistrar.start("127.0.0.1", 0, "voipgw.demo", Map.of(USERS.get(0), "pw-one", USERS.get(1),
                "pw-two"));
        carrier.answerCalls(Set.of(FAR));
        for (String user : USERS) {
            Path flash = Files.createTempDirectory("voipgw-two-calls-");
            Map<String, String> settings = new HashMap<>(carrier.accountSettings(user));
            settings.put("sip.number", user);
            BOXES.add(RunningGateway.start(GatewayModel.VIII, flash, settings,
                    InetSocketAddress.createUnresolved("127.0.0.1", 0),
                    loop -> DeviceAssembly.demo(GatewayModel.VIII, loop, flash, JainSipPort::open)));
        }
        for (RunningGateway gw : BOXES) {
            until("registered", () -> EventLoop.call(gw.loop(), () -> gw.device().status().registration())
                    == RegistrationState.REGISTERED);
        }
    }

    @AfterAll
    static void stop() {
        BOXES.forEach(RunningGateway::close);
        if (carrier != null) {
            carrier.close();
        }
    }

    @Test
    void twoCallsToTheFarEndAndTwoCallsFromItAtOnce() {
        for (RunningGateway gw : BOXES) {
            act(gw, "pbx.call", "pri", FAR);
        }
        for (RunningGateway gw : BOXES) {
            until("the far end answers each box", () -> probe(gw, "call", "pri").equals("active"));
            until("its 1004 Hz reaches each PBX", () -> probe(gw, "tone", "pbx", "pri", "1004").equals("1004"));
        }
        BOXES.forEach(gw -> act(gw, "pbx.hangup", "pri"));
        for (RunningGateway gw : BOXES) {
            until("the call over", () -> probe(gw, "calls").equals("0"));
        }

        for (String user : USERS) {
            assertTrue(carrier.callSubscriber(user, FAR), user + " is registered");
        }
        for (int i = 0; i < BOXES.size(); i++) {
            RunningGateway gw = BOXES.get(i);
            until("box " + USERS.get(i) + " rings", () -> probe(gw, "call", "pri").equals("call-received"));
            act(gw, "pbx.answer", "pri");
        }
        for (RunningGateway gw : BOXES) {
            until("each call answered", () -> probe(gw, "dialog", FAR).equals("confirmed"));
            until("the far end's tone on each B channel", () -> probe(gw, "tone", "pbx", "pri", "1004").equals("1004"));
            assertEquals("1", probe(gw, "calls"), "one call each");
        }
        BOXES.forEach(gw -> act(gw, "pbx.hangup", "pri"));
        for (RunningGateway gw : BOXES) {
            until("the call over", () -> probe(gw, "calls").equals("0"));
        }
    }
}
