package org.voipgw.webui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.PppState;

/**
 * Manual check only (not a test): serves the fake device on 127.0.0.1:PORT until stdin closes, changing lamps and sessions as told on stdin, so the
 * pages can be looked at in a real browser. Args: port, credentials file.
 */
final class WebUiDemo {
    private WebUiDemo() {
    }

    public static void main(String[] args) throws Exception {
        FakeGateway d = FakeGateway.viii();
        d.setLamp(Lamp.PPP, LampState.GREEN);
        d.setLamp(Lamp.WAN, LampState.GREEN_BLINK);
        d.setLamp(Lamp.CLK, LampState.ORANGE_BLINK);
        d.setLamp(Lamp.LAN1, LampState.GREEN);
        d.setState(1, PppState.CONNECTED);
        d.setState(2, PppState.RETRY_WAIT);
        try (WebUiServer s = WebUiServer.start(d, WebUiConfig.of(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(args[0])), Path.of(args[1]), Clock.systemUTC()))) {
            System.out.println("http://127.0.0.1:" + s.address().getPort() + "/");
            // stdin commands: "lamp PPP orange", "ppp 1 auth-failed"; end of input stops the server
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] w = line.trim().split("\\s+");
                if (w.length == 3 && w[0].equals("lamp")) {
                    d.setLamp(Lamp.find(w[1]).orElseThrow(), LampState.parse(w[2]));
                } else if (w.length == 3 && w[0].equals("ppp")) {
                    d.setState(Integer.parseInt(w[1]), Arrays.stream(PppState.values())
                            .filter(p -> p.id().equals(w[2])).findFirst().orElseThrow());
                }
            }
        }
    }
}
