package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.cli.CliRun;

/**
 * {@code voipgw bench calls --proxy} through Kamailio (registrar + record-routing proxy) to
 * {@code sipp -sn uas -rtp_echo} at the far number: every call the bench makes reaches sipp and ends well. A
 * measurement, so nothing about its figures is asserted but that they are printed; 100 calls here (the
 * property {@code voipgw.bench.calls} raises it, e.g. to 1000 for the README's figures).
 */
class BenchCallsKamailioTest {
    private static final String GW_USER = "0312345678";
    private static final String FAR = "0398765432";
    private Kamailio kamailio;
    private Process sipp;

    @AfterEach
    void stop() {
        if (sipp != null) {
            Peers.kill(sipp);
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @Test
    void theBenchRunsThroughKamailioToSipp() throws Exception {
        int calls = Integer.getInteger("voipgw.bench.calls", 100);
        Path dir = Files.createTempDirectory("voipgw-bench-kamailio-");
        int sippPort = Peers.freeUdpPort("127.0.0.1");
        kamailio = new Kamailio(Files.createDirectories(dir.resolve("kamailio")), Peers.freeUdpPort("127.0.0.1"),
                Map.of(GW_USER, "gw-Secret-7"), true, Map.of(FAR, "sip:" + FAR + "@127.0.0.1:" + sippPort));
        kamailio.start();
        int expected = calls + 50 + 23; // the timed calls, the 50 warm-up calls, the 23 held for the CPU figure
        sipp = Sipp.echoingUas(dir, sippPort, expected, 300);

        CliRun bench = CliRun.of("bench", "calls", "--proxy", kamailio.hostPort(), "--set", "sip.user=" + GW_USER,
                "--set", "sip.password=gw-Secret-7", "--far", FAR, "--calls", String.valueOf(calls), "--hold", "2");
        System.out.println(bench.out());
        assertEquals(0, bench.exit(), bench.out() + "\n" + bench.err() + "\nKamailio:\n" + kamailio.tail());
        assertTrue(bench.out().contains(calls + " calls through a live Ⅷ via " + kamailio.hostPort()), bench.out());
        assertTrue(bench.out().contains("SETUP in → INVITE out:  p50 "), bench.out());
        assertTrue(bench.out().contains("23 calls with RTP both ways"), bench.out());
        // sipp ends by itself after the last call's BYE; 0 means every one of its calls succeeded
        assertTrue(sipp.waitFor(30, TimeUnit.SECONDS), "sipp saw all " + expected + " calls end");
        assertEquals(0, sipp.exitValue(), Files.readString(dir.resolve("sipp.log"), StandardCharsets.UTF_8));
    }
}
