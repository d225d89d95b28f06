package org.voipgw.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A live capture of SIP on the loopback interface by dumpcap (Debian package tshark), read back by tshark's
 * SIP dissector: the messages of a real call with the time each crossed the wire, for the call's timeline.
 */
final class SipCapture implements AutoCloseable {
    static final String DUMPCAP = "/usr/bin/dumpcap";

    /** One SIP message as tshark saw it: seconds since the epoch, ports, the request method or status, CSeq method. */
    record Message(double epoch, int srcPort, int dstPort, String method, int status, String cseqMethod, String callId) {
        boolean isRequest() {
            return !method.isEmpty();
        }

        String what() {
            return isRequest() ? method : status + " (" + cseqMethod + ")";
        }
    }

    private final Path file;
    private final int sipPort;
    private final Process process;

    /** Starts capturing UDP to and from {@code sipPort} (the proxy's) on lo into {@code file}; returns once it captures. */
    SipCapture(Path file, int sipPort) {
        Peers.require(DUMPCAP, "tshark");
        this.file = file;
        this.sipPort = sipPort;
        try {
            process = new ProcessBuilder(DUMPCAP, "-i", "lo", "-f", "udp port " + sipPort, "-w", file.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountDownLatch capturing = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (line.startsWith("Capturing on")) {
                        capturing.countDown();
                    }
                }
            } catch (IOException e) {
                // dumpcap ended
            }
        }, "dumpcap-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!capturing.await(15, TimeUnit.SECONDS)) {
                Peers.kill(process);
                throw new AssertionError("dumpcap did not start capturing on lo within 15 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Stops the capture (SIGTERM: dumpcap closes the file) and reads every SIP message in it. */
    List<Message> stopAndRead() throws IOException, InterruptedException {
        close();
        List<Message> out = new ArrayList<>();
        for (String[] f : Tshark.fields(file, List.of("-d", "udp.port==" + sipPort + ",sip", "-Y", "sip"),
                "frame.time_epoch", "udp.srcport", "udp.dstport", "sip.Method", "sip.Status-Code", "sip.CSeq.method",
                "sip.Call-ID")) {
            out.add(new Message(Double.parseDouble(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
                    f[4].isEmpty() ? 0 : Integer.parseInt(f[4]), f[5], f[6]));
        }
        return out;
    }

    /** The messages of call {@code callId} to and from {@code port}, as lines {@code +12.3 ms  a → b  INVITE}, from the first. */
    static List<String> timeline(List<Message> all, int port, String callId, String near, String far) {
        List<Message> leg = all.stream().filter(m -> m.callId().equals(callId))
                .filter(m -> m.srcPort() == port || m.dstPort() == port).toList();
        List<String> lines = new ArrayList<>();
        if (leg.isEmpty()) {
            return lines;
        }
        double t0 = leg.get(0).epoch();
        for (Message m : leg) {
            String dir = m.srcPort() == port ? near + " → " + far : near + " ← " + far;
            lines.add(String.format(Locale.ROOT, "%+10.1f ms  %s  %s", (m.epoch() - t0) * 1000, dir, m.what()));
        }
        return lines;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    Peers.kill(process);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
