package org.voipgw.agent.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The machine-readable results of a scenario run: JSON on stdout, JUnit XML in a file. */
public final class ScenarioReports {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioReports() {
    }

    public static void junit(Path file, List<Outcome> outcomes) throws IOException {
        JUnitReport.write(file, outcomes);
    }

    /** The mistakes that stopped a run, for tools: {"errors":[{"file","line","message"}]}. */
    public static String jsonErrors(List<ScenarioError> errors) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (ScenarioError e : errors) {
            list.addObject().put("file", e.file()).put("line", e.line()).put("message", e.message());
        }
        return JSON.writeValueAsString(root);
    }

    public static String json(List<Outcome> outcomes, long passed, long failed) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", passed);
        root.put("failed", failed);
        ArrayNode list = root.putArray("expectations");
        for (Outcome o : outcomes) {
            ObjectNode n = list.addObject();
            n.put("file", o.file());
            n.put("line", o.expectation().line());
            n.put("expect", o.expectation().text());
            n.put("passed", o.passed());
            n.put("atMillis", o.decidedAtMillis());
            n.put("actual", o.actual());
            n.put("detail", o.detail());
        }
        return JSON.writeValueAsString(root);
    }
}
