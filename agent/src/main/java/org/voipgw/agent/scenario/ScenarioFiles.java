package org.voipgw.agent.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads and parses scenario files; every mistake of every file is collected before anything runs. */
public final class ScenarioFiles {
    /** Larger files are refused: a scenario is a page of text, not a data dump. */
    static final long MAX_BYTES = 1 << 20;

    private ScenarioFiles() {
    }

    public record Loaded(List<Scenario> scenarios, List<ScenarioError> errors) {
    }

    public static Loaded load(List<Path> files) {
        List<Scenario> ok = new ArrayList<>();
        List<ScenarioError> errors = new ArrayList<>();
        for (Path f : files) {
            String name = f.toString();
            try {
                if (!Files.isRegularFile(f)) {
                    errors.add(new ScenarioError(name, 0, "no such file"));
                    continue;
                }
                if (Files.size(f) > MAX_BYTES) {
                    errors.add(new ScenarioError(name, 0, "file too large (over 1 MiB)"));
                    continue;
                }
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
                ScenarioParser.Result r = ScenarioParser.parse(name, text);
                errors.addAll(r.errors());
                if (r.scenario() != null) {
                    ok.add(r.scenario());
                }
            } catch (CharacterCodingException e) {
                errors.add(new ScenarioError(name, 0, "not UTF-8 text"));
            } catch (IOException e) {
                errors.add(new ScenarioError(name, 0, "cannot read: " + e.getMessage()));
            }
        }
        return new Loaded(ok, errors);
    }
}
