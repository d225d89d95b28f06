package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.PppState;

class StatusJsonTest extends WebUiTestBase {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void notLoggedInIs401Json() throws Exception {
        var r = browser.get("/status.json");
        assertEquals(401, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("login required", json.readTree(r.body()).get("error").asText());
    }

    @Test
    void shapeAndNames() throws Exception {
        device.setState(1, PppState.CONNECTED);
        device.setLamp(Lamp.PPP, LampState.GREEN);
        device.setLamp(Lamp.WAN, LampState.GREEN_BLINK);
        loggedIn();
        JsonNode s = json.readTree(browser.get("/status.json").body());
        assertEquals("VIII", s.get("model").asText());
        assertEquals("1.2.3", s.get("firmware").asText());
        List<String> names = iterable(s.get("lamps").fieldNames());
        assertEquals(List.of("POWER", "INIT", "ALARM", "CONFIG", "PPP", "VoIP", "WAN", "LAN1", "LAN2", "LAN3", "LAN4",
                "PRI", "CLK"), names, "printed names in panel order");
        assertEquals("green", s.get("lamps").get("PPP").asText());
        assertEquals("green-blink", s.get("lamps").get("WAN").asText());
        assertEquals(5, s.get("pppoe").size());
        JsonNode p1 = s.get("pppoe").get(0);
        assertEquals(1, p1.get("session").asInt());
        assertEquals(false, p1.get("enabled").asBoolean());
        assertEquals("connected", p1.get("state").asText());
        assertEquals("203.0.113.10", p1.get("address").asText());
        assertTrue(s.get("pppoe").get(1).get("address").isNull());
        assertEquals("stopped", s.get("pppoe").get(1).get("state").asText());
        JsonNode reg = s.get("registration");
        assertEquals("registered", reg.get("state").asText());
        assertEquals("sip.example.net:5060", reg.get("registrar").asText());
        assertEquals("2026-11-25T10:00:00Z", reg.get("expiresAt").asText());
        assertTrue(reg.has("retryAt") && reg.get("retryAt").isNull());
        assertTrue(reg.has("lastError") && reg.get("lastError").isNull());
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
