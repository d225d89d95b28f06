package org.voipgw.agent.calls;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.callmedia.AudioPath;
import org.voipgw.agent.callmedia.SimulatedEnd;
import org.voipgw.hal.time.Clock;

/**
 * The audio of the PBX side's ports: the simulated PBX's B channel on each port in scenarios (it plays
 * {@code pbx.tone PORT HZ} and hears what {@code expect tone pbx PORT …} judges), nothing live until a line
 * interface carries B channels (the D-channel transports carry signalling only).
 */
public interface PbxAudio {
    /** The audio path of the current call on {@code port}. */
    AudioPath port(String port);

    /** The simulated end on {@code port}, when this is a simulation. */
    default Optional<SimulatedEnd> simulated(String port) {
        return Optional.empty();
    }

    /** No B-channel audio (a live box without a line interface for it). */
    PbxAudio NONE = port -> AudioPath.SILENT;

    /** A simulated PBX on every port. */
    static PbxAudio simulated(Clock clock) {
        Map<String, SimulatedEnd> ends = new HashMap<>();
        return new PbxAudio() {
            @Override
            public AudioPath port(String port) {
                return ends.computeIfAbsent(port, p -> new SimulatedEnd(clock));
            }

            @Override
            public Optional<SimulatedEnd> simulated(String port) {
                return Optional.of((SimulatedEnd) port(port));
            }
        };
    }
}
