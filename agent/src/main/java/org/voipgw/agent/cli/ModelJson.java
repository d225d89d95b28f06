package org.voipgw.agent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.GatewaySwitch;
import org.voipgw.boards.ModelSpec;
import org.voipgw.led.Text;

/**
 * The JSON shape of a model for {@code voipgw models --json}: the flat fields scripts rely on
 * ({@code model}, {@code device}, {@code maker}, {@code pbxInterface}, {@code pbxPorts}, {@code voipChannels},
 * {@code pppoeSessions}, {@code webAddress}) plus every other figure, bilingual texts as {@code {"ja","en"}}.
 * Figures a model does not have are {@code null}.
 */
final class ModelJson {
    private final ObjectMapper mapper = new ObjectMapper();

    ArrayNode all() {
        ArrayNode a = mapper.createArrayNode();
        for (GatewayModel m : GatewayModel.values()) {
            a.add(of(m.spec()));
        }
        return a;
    }

    ObjectNode of(ModelSpec s) {
        GatewayModel m = s.model();
        ObjectNode o = mapper.createObjectNode();
        o.put("model", m.name());
        o.put("roman", m.roman());
        o.put("number", m.number());
        o.put("typeName", m.typeName());
        o.put("device", s.device());
        o.set("maker", text(s.maker()));

        o.put("pbxInterface", s.pbx().kind().name());
        o.set("pbxInterfaceClass", text(s.pbx().interfaceClass()));
        o.set("pbxConnector", text(s.pbx().connector()));
        o.put("pbxPorts", s.pbx().ports());
        o.set("pbxNotes", texts(s.pbx().notes()));
        o.put("voipChannels", s.voipChannels().total());
        o.put("voipChannelsPerPort", s.voipChannels().perPort());
        o.put("voipChannelsPrinted", s.voipChannels().printed());
        o.set("clockPort", s.clockPort().map(this::clockPort).orElse(null));

        o.set("wan", ethernet(s.ethernet(), s.ethernet().wanPorts()));
        o.set("lan", ethernet(s.ethernet(), s.ethernet().lanPorts()));
        o.put("pppoeSessions", s.router().pppoeMaxSessions());
        o.put("fixedIp", s.router().fixedIp());
        o.put("upnp", s.router().upnpAsPrinted());
        o.put("registerNumbers", s.registerNumbers());
        o.put("registerLabelAsPrinted", ModelSpec.REGISTER_LABEL_AS_PRINTED);
        o.put("incomingNumberConversion", s.numberConversion().incomingNumbers());
        putOptional(o, "outgoingNumberConversion", s.numberConversion().outgoingNumbers());
        o.set("codec", text(s.codec()));

        ObjectNode env = o.putObject("environment");
        env.put("minCelsius", s.environment().minCelsius());
        env.put("maxCelsius", s.environment().maxCelsius());
        env.put("minHumidityPercent", s.environment().minHumidityPercent());
        env.put("maxHumidityPercent", s.environment().maxHumidityPercent());
        env.put("nonCondensing", s.environment().nonCondensing());
        ObjectNode power = o.putObject("power");
        power.put("supply", s.power().supply());
        power.put("value", s.power().value());
        power.put("unit", s.power().unit());
        power.put("maximum", s.power().maximum());
        power.set("printed", text(s.power().asPrinted()));
        ObjectNode size = o.putObject("sizeMm");
        size.put("width", s.size().widthMm());
        size.put("depth", s.size().depthMm());
        size.put("height", s.size().heightMm());
        o.put("weightKg", s.weightKg());
        o.set("accessories", texts(s.accessories()));

        o.put("webAddress", s.webUi().address());
        o.put("webUrl", s.webUi().url());
        o.put("webUser", s.webUi().user());
        o.put("webInitialPassword", s.webUi().initialPassword());
        o.set("pppoeMenuPath", texts(s.webUi().pppoeMenuPath()));
        o.put("lampFamily", s.lampFamily().name());
        ArrayNode switches = o.putArray("switches");
        s.switches().forEach(sw -> switches.add(gatewaySwitch(sw)));

        ObjectNode echo = o.putObject("echoCanceller");
        echo.set("setting", text(s.echoCanceller().setting()));
        putOptional(echo, "tailMs", s.echoCanceller().tail().map(d -> (int) d.toMillis()));
        echo.set("toneDisabler", s.echoCanceller().toneDisabler().map(b -> echo.booleanNode(b)).orElse(null));
        ObjectNode gains = o.putObject("gains");
        gains.put("gatewaySendDb", s.gains().sendDb());
        gains.put("gatewayReceiveDb", s.gains().receiveDb());
        putOptional(gains, "analogPortSendDb", s.gains().analogPortSendDb());
        putOptional(gains, "analogPortReceiveDb", s.gains().analogPortReceiveDb());
        ObjectNode fax = o.putObject("fax");
        fax.put("modes", s.fax().modes());
        fax.set("connection", text(s.fax().connection()));
        fax.put("gatewaySendDb", s.fax().gatewaySendDb());
        fax.put("gatewayReceiveDb", s.fax().gatewayReceiveDb());
        fax.set("adjustOn", text(s.fax().adjustOn()));
        fax.put("recommendedSendDb", s.fax().recommendedSendDb());
        fax.put("recommendedReceiveDb", s.fax().recommendedReceiveDb());
        o.put("clockSyncWithPbx", s.clockSyncWithPbx());
        o.set("pointToMultipoint", s.pointToMultipoint().map(p -> {
            ObjectNode n = mapper.createObjectNode();
            n.put("maxPorts", p.maxPorts());
            n.put("maxTerminals", p.maxTerminals());
            return n;
        }).orElse(null));
        return o;
    }

    private ObjectNode clockPort(ModelSpec.ClockPort c) {
        ObjectNode n = mapper.createObjectNode();
        n.set("label", text(c.label()));
        n.put("interface", c.kind().name());
        n.set("connector", text(c.connector()));
        n.put("ports", c.ports());
        n.set("note", c.note().map(this::text).orElse(null));
        return n;
    }

    private ObjectNode ethernet(ModelSpec.Ethernet e, int ports) {
        ObjectNode n = mapper.createObjectNode();
        n.put("interfaces", e.interfaces());
        n.put("connector", e.connector());
        n.put("ports", ports);
        return n;
    }

    private ObjectNode gatewaySwitch(GatewaySwitch sw) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", sw.name());
        n.set("label", text(sw.label()));
        n.set("purpose", text(sw.purpose()));
        putOptional(n, "holdSeconds", sw.holdToActivate().map(d -> (int) d.toSeconds()));
        return n;
    }

    private ObjectNode text(Text t) {
        return mapper.valueToTree(t);
    }

    private ArrayNode texts(List<Text> ts) {
        ArrayNode a = mapper.createArrayNode();
        ts.forEach(t -> a.add(text(t)));
        return a;
    }

    private static void putOptional(ObjectNode o, String field, OptionalInt v) {
        if (v.isPresent()) {
            o.put(field, v.getAsInt());
        } else {
            o.putNull(field);
        }
    }

    private static void putOptional(ObjectNode o, String field, Optional<Integer> v) {
        putOptional(o, field, v.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }
}
