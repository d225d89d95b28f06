package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job as a user runs it: {@code voipgw demo --headless} as its own process (the shaded
 * jar), serving its web UI, registering to the embedded SIP registrar, and stopped by SIGTERM — which must shut the device down in order and
 * save its log to flash.
 */
class DemoProcessTest {
    static final Path JAR = Path.of("..", "agent", "target", "voipgw.jar");

    @Test
    void headlessDemoServesItsWebUiAndStopsInOrderOnSigterm(@TempDir Path flash) throws Exception {
        Path output = Files.createTempFile("voipgw-demo-", ".out");
        assertTrue(Files.isRegularFile(JAR), "the agent module builds " + JAR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(), "demo",
                "--headless", "--web", "127.0.0.1:0", "--flash", flash.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            Pattern web = Pattern.compile("web UI: (http://\\S+)");
            String url = Waits.until(30, () -> lines(output).stream().map(web::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst());
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("login-user"));
            // the main job registers for real: over UDP to the embedded registrar (VoIP lamp green)
            Waits.until(30, () -> lines(output).stream().filter(l -> l.contains("VoIP=green")).findFirst());
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the demo ends after SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = lines(output);
        assertTrue(lines.stream().anyMatch(l -> l.contains("shut down in order")), String.join("\n", lines));
        try (Stream<Path> saved = Files.list(flash.resolve("log"))) {
            assertTrue(saved.anyMatch(f -> f.getFileName().toString().startsWith("saved-")), "log saved to flash");
        }
        assertTrue(Files.readString(flash.resolve("log").resolve("device.log")).contains("boot (firmware"), "the device log rolls in flash");
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    @Test
    void badSetIsRefusedBeforeAnythingStarts(@TempDir Path flash) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "demo", "--headless", "--web", "127.0.0.1:0",
                "--flash", flash.toString(), "--set", "power.eco=on").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("power.eco") && out.contains("unknown setting"), out);
    }
}
