package org.voipgw.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Map;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;

/** A simulated gateway in real time with its web UI on a free loopback port, as the demo runs it. */
final class GatewayUnderTest {
    private GatewayUnderTest() {
    }

    static RunningGateway start(GatewayModel model, Map<String, String> settings) throws IOException {
        return RunningGateway.simulated(model, Files.createTempDirectory("voipgw-e2e-"), settings,
                InetSocketAddress.createUnresolved("127.0.0.1", 0));
    }
}
