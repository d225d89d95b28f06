package org.voipgw.agent.device;

import java.util.Collection;
import org.voipgw.boards.GatewayModel;

/**
 * A part of the box — PPPoE client, SIP registration, PRI span, clock sync — plugged into the
 * device runtime. It declares its settings, scenario faults, actions and probes in a static
 * {@link FeatureVocabulary} (so the scenario language and {@code voipgw scenario faults|settings} stay
 * table-driven), and follows the box's
 * lifecycle: attach, then boots and shutdowns, then close. All methods run on the device event loop.
 */
public interface DeviceFeature {
    /** Whether this model has the feature at all (e.g. the PRI span only on Ⅷ). */
    default boolean appliesTo(GatewayModel model) {
        return true;
    }

    /**
     * Its settings, faults, actions and probes: a static constant (see {@link FeatureVocabulary}), the
     * same for every instance, so the vocabulary is known without a device and cannot act on the wrong one.
     */
    default FeatureVocabulary vocabulary() {
        return FeatureVocabulary.NONE;
    }

    /** Once, when the device is assembled (before the first power-on). */
    void attach(DeviceContext context);

    /** The box finished booting (power on, reboot, firmware update). */
    default void onBoot() {
    }

    /**
     * The box is going down: {@code orderly} for the shutdown switch, a reboot or SIGTERM (say
     * goodbye: un-REGISTER, PADT); false for a power cut (nothing can be sent).
     */
    default void onShutdown(boolean orderly) {
    }

    /** Settings changed (key names); re-read what concerns you. */
    default void onSettingsChanged(Collection<String> keys) {
    }

    /**
     * The device is discarded (after it went down): free what outlives the box's power — threads,
     * sockets, child processes, open files. Called once, in the reverse of the assembly order.
     */
    default void close() {
    }
}
