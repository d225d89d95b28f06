package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.tests.LibpriPeer.Role;
import org.voipgw.tests.LibpriPeer.Switch;

/**
 * {@code voipgw run --model VIII --isdn pri=udp:…} as its own process (the shaded jar) against libpri
 * as the PBX: it prints the transport it opened, {@code /status.json} shows the data link (layer 1,
 * layer 2 with TEI, calls) and the PRI lamp follows the real link — green, red-blink when the PBX is
 * killed, green again when it returns. A busy UDP port and a missing serial device are one-line
 * errors naming them, with exit status 2.
 */
class IsdnRunProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runAttachesTheRealPbxAndThePriLampFollowsTheLink(@TempDir Path flash) throws Exception {
        int gwPort = Peers.freeUdpPort("127.0.0.1");
        int pbxPort = Peers.freeUdpPort("127.0.0.1");
        String transport = "udp:127.0.0.1:" + gwPort + ">127.0.0.1:" + pbxPort;
        Path output = Files.createTempFile("voipgw-run-", ".out");
        Process gw = start(output, "run", "--model", "VIII", "--isdn", "pri=" + transport, "--flash", flash.toString(),
                "--web", "127.0.0.1:0", "--wan-if", "lo");
        LibpriPeer pbx = null;
        try {
            Waits.until("the transport is printed", 30, () -> lines(output).stream()
                    .anyMatch(l -> l.equals("voipgw: ISDN pri: D channel " + transport)));
            String url = Waits.until(30, () -> lines(output).stream().map(Pattern.compile("web UI (http://\\S+)")::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).findFirst());
            HttpClient web = loggedIn(url);
            pbx = LibpriPeer.start(Role.CPE, Switch.EUROISDN_T1, pbxPort, gwPort, "run-process");
            pbx.await("UP", 20);
            JsonNode up = Waits.until(20, () -> status(web, url).filter(s -> s.at("/lamps/PRI").asText().equals("green")));
            JsonNode pri = up.at("/isdn/0");
            assertEquals("pri", pri.at("/port").asText());
            assertEquals(transport, pri.at("/transport").asText());
            assertEquals("OK", pri.at("/layer1").asText());
            assertEquals(0, pri.at("/links/0/tei").asInt());
            assertTrue(pri.at("/links/0/established").asBoolean(), pri.toString());
            assertEquals(0, pri.at("/calls").asInt());

            // a call from the real PBX reaches the call core; with no SIP account it cannot go on: DISCONNECT
            // with cause 27 "destination out of order" (the carrier side is not there), as libpri reports it
            pbx.send("call 1 0312345678");
            pbx.await("PROCEEDING 1", 10);
            pbx.await("HANGUP_REQ 1 27", 20);
            Waits.until(10, () -> status(web, url).filter(s -> s.at("/isdn/0/calls").asInt() == 0));

            pbx.kill(); // the PBX is gone: T203, then T200 × N200 unanswered
            Waits.until(40, () -> status(web, url).filter(s -> s.at("/lamps/PRI").asText().equals("red-blink")));
            pbx = LibpriPeer.start(Role.CPE, Switch.EUROISDN_T1, pbxPort, gwPort, "run-process-return");
            pbx.await("UP", 30);
            Waits.until(30, () -> status(web, url).filter(s -> s.at("/lamps/PRI").asText().equals("green")));
        } finally {
            if (pbx != null) {
                pbx.close();
            }
            gw.destroy();
            if (!gw.waitFor(30, TimeUnit.SECONDS)) {
                gw.destroyForcibly();
            }
        }
    }

    @Test
    void aBusyUdpPortIsAOneLineErrorWithExit2(@TempDir Path flash) throws Exception {
        try (DatagramSocket busy = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = busy.getLocalPort();
            Result r = run(flash, "run", "--model", "VIII", "--isdn", "pri=udp:127.0.0.1:" + port + ">127.0.0.1:9",
                    "--flash", flash.toString(), "--web", "127.0.0.1:0", "--wan-if", "lo");
            assertEquals(2, r.exit, r.err);
            List<String> errLines = r.err.lines().filter(l -> l.startsWith("voipgw:")).toList();
            assertEquals(1, errLines.size(), r.err);
            assertTrue(errLines.get(0).contains("127.0.0.1:" + port), r.err);
        }
    }

    @Test
    void aMissingSerialDeviceIsAOneLineErrorWithExit2(@TempDir Path flash) throws Exception {
        Result r = run(flash, "demo", "--headless", "--model", "VII", "--isdn", "bri1=serial:/dev/ttyNOSUCH7@115200",
                "--flash", flash.toString(), "--web", "127.0.0.1:0");
        assertEquals(2, r.exit, r.err);
        List<String> errLines = r.err.lines().filter(l -> l.startsWith("voipgw:")).toList();
        assertEquals(1, errLines.size(), r.err);
        assertTrue(errLines.get(0).contains("/dev/ttyNOSUCH7"), r.err);
    }

    @Test
    void aBadIsdnOptionIsAUsageErrorSayingWhatIsValid(@TempDir Path flash) throws Exception {
        Result r = run(flash, "run", "--model", "VIII", "--isdn", "bri9=sim", "--flash", flash.toString(),
                "--web", "127.0.0.1:0", "--wan-if", "lo");
        assertEquals(2, r.exit, r.err);
        assertTrue(r.err.contains("bri9") && r.err.contains("[pri]"), r.err);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path dir, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("voipgw did not end: " + Files.readString(out));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Process start(Path output, String... args) throws IOException {
        return command(args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static ProcessBuilder command(String... args) {
        assertTrue(Files.isRegularFile(DemoProcessTest.JAR), "the agent module builds " + DemoProcessTest.JAR);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", DemoProcessTest.JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Logs in as the site user (factory password) and keeps the session cookie. */
    private static HttpClient loggedIn(String url) throws IOException, InterruptedException {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = c.send(HttpRequest.newBuilder(URI.create(url + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(csrf.find(), page);
        String form = "user=user&password=user&csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r.body());
        return c;
    }

    private static Optional<JsonNode> status(HttpClient c, String url) {
        try {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url + "status.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(JSON.readTree(r.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
