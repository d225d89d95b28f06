package org.voipgw.agent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.ClockRole;
import org.voipgw.led.FaultContact;
import org.voipgw.led.Language;
import org.voipgw.led.RemedyStep;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.DiagnosisRefusal;
import org.voipgw.led.diagnose.FieldNotes;
import org.voipgw.led.diagnose.LampFinding;
import org.voipgw.led.diagnose.Verdict;

/**
 * {@code diagnose --json}: {@code {"model","device","clock","lamps":[…],"verdict":{"lamp","reason"},
 * "contact":{…}}}, texts as {@code {"ja","en"}}. Each lamp: {@code "lamp","state","normal"} (null when it
 * depends on the clock setting), {@code "judgement"} (normal, abnormal, depends), the first row's fields
 * ({@code "meaning","cause","remedy","steps","remedyLeadIn","notProvided","line","verdictFromGuide",
 * "verdictNote","condition"}), every row or reading under {@code "rows"}, and {@code "notes"}. {@code cause},
 * {@code verdict} and {@code contact} are null where there is none. A refusal is
 * {@code {"error": "…", "errorText": {"ja","en"}, "valid": […]}}.
 */
final class DiagnosisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiagnosisJson() {
    }

    static String render(GatewayModel model, ClockRole clock, Diagnosis d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", model.name());
        root.put("device", model.device());
        root.put("clock", clock.id());
        ArrayNode lamps = root.putArray("lamps");
        for (LampFinding f : d.findings()) {
            lamps.add(lamp(d, f));
        }
        Verdict v = d.verdict();
        if (v == null) {
            root.putNull("verdict");
        } else {
            ObjectNode verdict = root.putObject("verdict");
            verdict.put("lamp", v.lamp().printed());
            verdict.set("reason", text(v.reason()));
        }
        if (d.findings().stream().allMatch(LampFinding::normal)) {
            root.putNull("contact");
        } else {
            root.set("contact", contact());
        }
        return write(root);
    }

    /** A refusal: what was wrong in the chosen language, both languages, and the valid values. */
    static String error(DiagnosisRefusal r, Language lang) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("error", r.in(lang));
        root.set("errorText", text(r.text()));
        ArrayNode valid = root.putArray("valid");
        r.valid().forEach(valid::add);
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode lamp(Diagnosis d, LampFinding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("lamp", f.lamp().printed());
        n.put("state", f.state().id());
        switch (f.judgement()) {
            case NORMAL -> n.put("normal", true);
            case ABNORMAL -> n.put("normal", false);
            case DEPENDS -> n.putNull("normal");
        }
        n.put("judgement", f.judgement().name().toLowerCase(Locale.ROOT));
        n.setAll(row(f.row()));
        ArrayNode rows = n.putArray("rows");
        f.rows().forEach(r -> rows.add(row(r)));
        ArrayNode notes = n.putArray("notes");
        FieldNotes.of(d.family(), f).forEach(t -> notes.add(text(t)));
        return n;
    }

    private static ObjectNode row(CatalogueRow row) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rowNormal", row.normal());
        n.set("meaning", text(row.meaning()));
        putText(n, "cause", row.cause());
        ArrayNode remedy = n.putArray("remedy");
        row.remedy().forEach(step -> remedy.add(text(step)));
        ArrayNode steps = n.putArray("steps");
        for (RemedyStep s : row.steps()) {
            ObjectNode step = text(s.text());
            step.put("marker", s.marker());
            steps.add(step);
        }
        putText(n, "remedyLeadIn", row.remedyLeadIn());
        n.put("notProvided", row.notProvided());
        n.put("line", row.line());
        n.put("verdictFromGuide", row.verdictFromGuide());
        putText(n, "verdictNote", row.verdictFromGuide() ? null : CatalogueRow.PROJECT_VERDICT);
        putText(n, "condition", row.condition());
        return n;
    }

    private static ObjectNode contact() {
        ObjectNode c = MAPPER.createObjectNode();
        c.set("title", text(FaultContact.TITLE));
        c.set("name", text(FaultContact.NAME));
        c.put("phone", FaultContact.PHONE);
        c.set("hours", text(FaultContact.HOURS));
        c.set("haveReady", text(FaultContact.HAVE_READY));
        ArrayNode list = c.putArray("checklist");
        FaultContact.CHECKLIST.forEach(t -> list.add(text(t)));
        c.set("required", text(FaultContact.REQUIRED));
        return c;
    }

    private static void putText(ObjectNode n, String field, Text t) {
        if (t == null) {
            n.putNull(field);
        } else {
            n.set(field, text(t));
        }
    }

    private static ObjectNode text(Text t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ja", t.ja());
        n.put("en", t.en());
        return n;
    }
}
