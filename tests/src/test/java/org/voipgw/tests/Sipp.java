package org.voipgw.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * sipp (Debian package sip-tester) as a far end: one call of a small XML scenario, in the foreground with
 * {@code -timeout}, {@code -nostdin} and {@code -m 1} (PITFALLS.md), its message trace kept to see what,
 * if anything, came back.
 */
final class Sipp {
    static final String BINARY = "/usr/bin/sipp";

    /** How the run ended: sipp's exit code (0 = the call succeeded) and its message trace. */
    record Result(int exitCode, String messages) {
        boolean receivedAnything() {
            return messages.contains("RECEIVED");
        }
    }

    private Sipp() {
    }

    static Result run(Path dir, String name, String scenarioXml, String localIp, String remote, int timeoutSeconds) {
        Peers.require(BINARY, "sip-tester");
        try {
            Path scenario = dir.resolve(name + ".xml");
            Path trace = dir.resolve(name + "-messages.log");
            Files.writeString(scenario, scenarioXml, StandardCharsets.UTF_8);
            Files.deleteIfExists(trace);
            List<String> cmd = List.of(BINARY, remote, "-sf", scenario.toString(), "-i", localIp,
                    "-p", String.valueOf(Peers.freeUdpPort(localIp)), "-mp", String.valueOf(Peers.freeUdpPort(localIp)),
                    // -timeout alone does not end sipp 3.6 when a call is pending: -timeout_error does; a
                    // recv timeout fails the call itself; deadcall_wait 0 exits at once after a success.
                    "-m", "1", "-timeout", timeoutSeconds + "s", "-timeout_error",
                    "-recv_timeout", String.valueOf(Math.max(1, timeoutSeconds - 1) * 1000), "-deadcall_wait", "0",
                    "-nostdin", "-trace_msg",
                    "-message_file", trace.toString());
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + "-out.log").toFile()).start();
            if (!p.waitFor(timeoutSeconds + 20L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("sipp did not end within its own timeout + 20 s");
            }
            String messages = Files.exists(trace) ? Files.readString(trace, StandardCharsets.ISO_8859_1) : "";
            return new Result(p.exitValue(), messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * {@code sipp -sn uas -rtp_echo} on 127.0.0.1:{@code port}, in the background: it answers {@code calls} calls,
     * echoes their RTP, and ends by itself after the last one (exit 0 when every call succeeded); its messages
     * go to {@code dir/uas-messages.log}, its output to {@code dir/sipp.log}. The caller stops it (Peers.kill).
     */
    static Process echoingUas(Path dir, int port, int calls, int timeoutSeconds) throws IOException {
        Peers.require(BINARY, "sip-tester");
        return new ProcessBuilder(BINARY, "-sn", "uas", "-i", "127.0.0.1", "-p", String.valueOf(port),
                "-mp", String.valueOf(Peers.freeUdpPort("127.0.0.1")), "-rtp_echo", "-m", String.valueOf(calls),
                "-timeout", timeoutSeconds + "s", "-timeout_error", "-nostdin", "-trace_msg",
                "-message_file", dir.resolve("uas-messages.log").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("sipp.log").toFile()).start();
    }

    /** A request of {@code method} expecting {@code expect} (e.g. 200), retransmitted on UDP until then. */
    static String scenario(String method, String expect) {
        return """
                <?xml version="1.0" encoding="ISO-8859-1" ?>
                <scenario name="voipgw %1$s">
                  <send retrans="500">
                    <![CDATA[
                %1$s sip:100@[remote_ip]:[remote_port] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                From: <sip:scanner@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
                To: <sip:100@[remote_ip]:[remote_port]>
                Call-ID: [call_id]
                CSeq: 1 %1$s
                Contact: <sip:scanner@[local_ip]:[local_port]>
                Max-Forwards: 70
                Content-Length: 0

                    ]]>
                  </send>
                  <recv response="100" optional="true"/>
                  <recv response="%2$s"/>
                </scenario>
                """.formatted(method, expect);
    }
}
