package org.voipgw.tests;

import java.util.function.Function;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.device.Device;

/** A test or bench that drives one running gateway by its scenario words ({@link Prompt}). */
interface DrivesGateway {
    /** The gateway driven now. */
    RunningGateway gateway();

    default <T> T read(Function<Device, T> f) {
        return Prompt.read(gateway(), f);
    }

    default void act(String word, String... args) {
        Prompt.act(gateway(), word, args);
    }

    default String probe(String word, String... args) {
        return Prompt.probe(gateway(), word, args);
    }
}
