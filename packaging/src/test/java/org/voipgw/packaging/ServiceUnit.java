package org.voipgw.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed voipgw.service as systemd would read it, for running its ExecStart by hand where
 * no systemd runs (this container): the {@code [Service]} keys, and the command line after
 * systemd's variable expansion (systemd.service(5) "Command lines": {@code ${VAR}} is one word,
 * a word {@code $VAR} splits at whitespace, an empty {@code $VAR} word disappears).
 */
final class ServiceUnit {
    /** {@code ${NAME}} inside a word. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private final List<String[]> lines = new ArrayList<>();

    private ServiceUnit(List<String> text) {
        for (String l : text) {
            String t = l.strip();
            int eq = t.indexOf('=');
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith(";") && !t.startsWith("[") && eq > 0) {
                lines.add(new String[] {t.substring(0, eq), t.substring(eq + 1)});
            }
        }
    }

    static ServiceUnit read(Path unit) throws IOException {
        return new ServiceUnit(Files.readAllLines(unit));
    }

    /** Every value of {@code key}, in order. */
    List<String> values(String key) {
        return lines.stream().filter(kv -> kv[0].equals(key)).map(kv -> kv[1]).toList();
    }

    Optional<String> value(String key) {
        List<String> v = values(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** An EnvironmentFile: KEY=VALUE lines, # comments (our file has no quoting; refused if it had). */
    static Map<String, String> environmentFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String l : Files.readAllLines(file)) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0 || t.contains("\"") || t.contains("'") || t.contains("\\")) {
                throw new IllegalArgumentException(file + ": not a plain KEY=VALUE line: " + l);
            }
            env.put(t.substring(0, eq), t.substring(eq + 1));
        }
        return env;
    }

    /** ExecStart with {@code env} expanded as systemd expands it. */
    List<String> execStart(Map<String, String> env) {
        String cmd = value("ExecStart").orElseThrow(() -> new IllegalStateException("the unit has no ExecStart"));
        List<String> argv = new ArrayList<>();
        for (String word : cmd.trim().split("\\s+")) {
            if (word.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
                String v = env.getOrDefault(word.substring(1), "").trim();
                if (!v.isEmpty()) {
                    argv.addAll(List.of(v.split("\\s+")));
                }
            } else {
                StringBuilder sb = new StringBuilder();
                Matcher m = VARIABLE.matcher(word);
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
                }
                m.appendTail(sb);
                argv.add(sb.toString());
            }
        }
        return argv;
    }
}
