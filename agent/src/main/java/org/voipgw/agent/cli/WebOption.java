package org.voipgw.agent.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.Option;

/** The {@code --web HOST:PORT} option of the commands that serve the local web UI (demo, run). */
public final class WebOption {
    @Option(names = "--web", paramLabel = "HOST:PORT", converter = HostPort.class,
            description = "where the local web UI listens (default: demo 127.0.0.1:8080, run the model's address "
                    + "port 80; port 0 picks a free one)")
    InetSocketAddress bind;

    /** The address given, or {@code fallback}. */
    InetSocketAddress orElse(InetSocketAddress fallback) {
        return bind != null ? bind : fallback;
    }
}
