package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.LampFinding;
import org.voipgw.led.diagnose.Verdict;

/**
 * {@code diagnose --json}: {@code {"model","device","lamps":[{"lamp","state","normal","meaning","cause",
 * "remedy","notProvided"}],"verdict":{"lamp","reason"}}}, texts as {@code {"ja","en"}}; {@code cause}
 * and {@code verdict} are null where there is none.
 */
final class DiagnosisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiagnosisJson() {
    }

    static String render(GatewayModel model, Diagnosis d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", model.name());
        root.put("device", model.device());
        ArrayNode lamps = root.putArray("lamps");
        for (LampFinding f : d.findings()) {
            lamps.add(lamp(f));
        }
        Verdict v = d.verdict();
        if (v == null) {
            root.putNull("verdict");
        } else {
            ObjectNode verdict = root.putObject("verdict");
            verdict.put("lamp", v.lamp().printed());
            verdict.set("reason", text(v.reason()));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode lamp(LampFinding f) {
        CatalogueRow row = f.row();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("lamp", f.lamp().printed());
        n.put("state", f.state().id());
        n.put("normal", row.normal());
        n.set("meaning", text(row.meaning()));
        if (row.cause() == null) {
            n.putNull("cause");
        } else {
            n.set("cause", text(row.cause()));
        }
        ArrayNode remedy = n.putArray("remedy");
        row.remedy().forEach(step -> remedy.add(text(step)));
        n.put("notProvided", row.notProvided());
        return n;
    }

    private static ObjectNode text(Text t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ja", t.ja());
        n.put("en", t.en());
        return n;
    }
}
