package org.voipgw.led;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The guide excerpt the repository carries (docs/guide/000-service-guide.txt), line number to text. */
final class GuideExcerpt {
    static final Path DOCS = Path.of("..", "docs", "guide");

    private GuideExcerpt() {
    }

    static Map<Integer, String> lines(String file) {
        Map<Integer, String> lines = new TreeMap<>();
        try {
            for (String l : Files.readAllLines(DOCS.resolve(file))) {
                int colon = l.indexOf(": ");
                if (colon > 0 && l.substring(0, colon).chars().allMatch(Character::isDigit)) {
                    lines.put(Integer.parseInt(l.substring(0, colon)), l.substring(colon + 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static Map<Integer, String> guide() {
        return lines("000-service-guide.txt");
    }

    /** The text with every blank removed, for matching across the extraction's line breaks. */
    static String squeezed(Map<Integer, String> lines) {
        return String.join("", lines.values()).replaceAll("[\\s\u3000]", "");
    }
}
