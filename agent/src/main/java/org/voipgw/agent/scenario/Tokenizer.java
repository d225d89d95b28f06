package org.voipgw.agent.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scenario line into words: white space separates, {@code "…"} quotes (with \" and \\),
 * {@code #} outside quotes at the start of a word starts a comment. Inside a word it is a character: a
 * phone dials {@code 0312#} ({@code #} ends dialling, issue 11); {@code "#7119"} quotes a word that starts with it.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '#' && cur == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                if (c == '"') {
                    quoted = true;
                } else {
                    cur.append(c);
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
