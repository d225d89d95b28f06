package org.voipgw.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "guide NNNN" (or "guide lines NNNN–NNNN") citation in the repository's sources, scenarios and
 * READMEs points at lines the repository carries in docs/guide/, and at least one of them holds text: a
 * clone can follow it. (That the line says what the comment claims is checked by review, and for the lamp
 * tables by {@link CatalogueMatchesGuideTest}.)
 */
class GuideCitationsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern CITATION = Pattern.compile("guide(?: lines?)? (\\d{4})(?:[–-](\\d{2,4}))?");

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/docs/guide/"))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".scn")
                            || p.toString().endsWith(".md") || p.toString().endsWith(".js"))
                    .toList();
        }
    }

    @Test
    void everyCitedLineIsInTheExcerptAndNotBlank() throws IOException {
        Map<Integer, String> guide = GuideExcerpt.guide();
        List<String> bad = new ArrayList<>();
        int found = 0;
        for (Path p : sources()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CITATION.matcher(lines.get(i));
                while (m.find()) {
                    found++;
                    int from = Integer.parseInt(m.group(1));
                    int to = from;
                    if (m.group(2) != null) {
                        String t = m.group(2);
                        to = t.length() == 4 ? Integer.parseInt(t)
                                : Integer.parseInt(m.group(1).substring(0, 4 - t.length()) + t);
                    }
                    boolean carried = true;
                    boolean text = false;
                    for (int n = from; n <= to; n++) {
                        carried &= guide.containsKey(n);
                        text |= guide.containsKey(n) && !guide.get(n).isBlank();
                    }
                    if (!carried || !text || to < from) {
                        bad.add(p + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(found > 40, "found only " + found + " citations: is the pattern right?");
        assertEquals(List.of(), bad);
    }
}
