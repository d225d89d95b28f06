package org.voipgw.agent.calls;

import java.util.Optional;
import java.util.Set;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.ToCarrier;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.agent.callmedia.AudioPath;

/**
 * What the call feature needs from the PBX side of a box, whatever its lines are (the ISDN ports of Ⅵ/Ⅶ/Ⅷ,
 * the FXS lines of Ⅲ/Ⅳ): to route its calls through the core, the audio of a port's call, whether its line
 * plays its own progress tones, and the dial-in numbers it adds to the box's own.
 */
public interface PbxCalls {
    /**
     * Joins the PBX side to the core (at attach): its calls go to {@code ip}; {@code placed} is told when a call
     * from the carrier was placed on a port (so its media can be bridged there).
     *
     * @return where the carrier's calls go
     */
    ToPbx route(CallCore core, ToCarrier ip, Placed placed);

    /** The audio path of the call on {@code port}, or empty for the simulated PBX's B channel of scenarios. */
    default Optional<AudioPath> audio(String port) {
        return Optional.empty();
    }

    /**
     * Whether the line plays its own ringback (an FXS line does, as an exchange would), so the call's audio
     * must not add the gateway's own while the far end rings.
     */
    default boolean playsOwnRingback() {
        return false;
    }

    /** The dial-in numbers of the PBX side's lines (on Ⅲ/Ⅳ every {@code fxs.N.number}). */
    default Set<String> numbers() {
        return Set.of();
    }

    /**
     * {@code expect tone phone N EXPECTED}: {@code expected} when the phone on FXS port {@code port} heard it
     * lately, else what it heard; empty when the box has no phones.
     */
    default Optional<String> phoneTone(int port, String expected) {
        return Optional.empty();
    }

    /** Told when a call from the carrier was placed on {@code port}. */
    @FunctionalInterface
    interface Placed {
        void placed(Call call, String port);
    }

    /** No PBX side that carries calls: every call from the carrier is refused (cause 27, destination out of order). */
    PbxCalls NONE = (core, ip, placed) -> call -> call.released(CallSide.PBX, Cause.DESTINATION_OUT_OF_ORDER);
}
