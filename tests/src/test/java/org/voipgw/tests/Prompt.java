package org.voipgw.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;

/**
 * A running gateway driven by the scenario words, as the demo's prompt does: actions and probes from its
 * own vocabulary, run on its event loop.
 */
final class Prompt {
    private Prompt() {
    }

    static <T> T read(RunningGateway gw, Function<Device, T> f) {
        return EventLoop.call(gw.loop(), () -> f.apply(gw.device()));
    }

    static void act(RunningGateway gw, String word, String... args) {
        EventLoop.run(gw.loop(), () -> gw.device().vocabulary().action(word).orElseThrow().run()
                .accept(gw.device(), List.of(args)));
    }

    static String probe(RunningGateway gw, String word, String... args) {
        return read(gw, d -> d.vocabulary().probe(word).orElseThrow().read()
                .apply(d, new ArrayList<>(Arrays.asList(args))));
    }
}
