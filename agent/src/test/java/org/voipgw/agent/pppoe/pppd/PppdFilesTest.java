package org.voipgw.agent.pppoe.pppd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.led.status.PppoeMode;

class PppdFilesTest {
    @TempDir
    Path dir;

    @Test
    void quotesPerPppdOptionFileRules() {
        assertEquals("\"a b\"", PppdFiles.quote("a b"));
        assertEquals("\"a\\\"b\"", PppdFiles.quote("a\"b"));
        assertEquals("\"a\\\\b\"", PppdFiles.quote("a\\b"));
        assertEquals("\"#x $(y) `z` 'q' ;|&<>\"", PppdFiles.quote("#x $(y) `z` 'q' ;|&<>"));
        assertThrows(IllegalArgumentException.class, () -> PppdFiles.quote("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> PppdFiles.quote("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> PppdFiles.quote("a\rb"));
    }

    @Test
    void echoOffLeavesOutTheEchoOptionsAndOnlySessionOneTakesTheDefaultRoute() {
        PppdFiles f = new PppdFiles(dir);
        PppoeConfig c = PppoeConfig.alwaysOn(2, "b@isp", "x").withEcho(Duration.ZERO, 4);
        String peer = f.peerOptions(c, PppdSetup.debian("eth0"));
        assertFalse(peer.contains("lcp-echo"), peer);
        assertFalse(peer.contains("defaultroute"), peer);
        assertTrue(peer.contains("unit 1\n"), peer);
        assertFalse(peer.contains("pppoe-service"), "no service name unless set");
        String onDemand = f.peerOptions(c.withMode(PppoeMode.ON_DEMAND).withIdle(Duration.ZERO),
                PppdSetup.debian("eth0"));
        assertFalse(onDemand.contains("idle"), "idle 0: never idle out");
    }

    @Test
    void rewritesOnlyWhenTheContentChanges() throws Exception {
        PppdFiles f = new PppdFiles(dir.resolve("pppoe"));
        PppoeConfig c = PppoeConfig.alwaysOn(1, "a@isp", "x");
        f.write(c, PppdSetup.debian("eth0"));
        Object inode = Files.getAttribute(f.peerFile(1), "unix:ino");
        f.write(c, PppdSetup.debian("eth0"));
        assertEquals(inode, Files.getAttribute(f.peerFile(1), "unix:ino"), "unchanged: not rewritten");
        f.write(new PppoeConfig(1, true, PppoeMode.ALWAYS, "a@isp", "y", "", 1492, Duration.ofSeconds(300),
                Duration.ofSeconds(30), 4), PppdSetup.debian("eth0"));
        assertTrue(Files.readString(f.secretFile(1)).contains("password \"y\""));
    }

    @Test
    void refusesAnInterfaceNameThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> PppdSetup.debian("eth0\nplugin x.so"));
        assertThrows(IllegalArgumentException.class, () -> PppdSetup.debian("eth0 up"));
    }
}
