package org.voipgw.agent.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.Device;

/**
 * Call traffic from the call actions a model's vocabulary has: on ISDN models the PBX dials, the carrier
 * calls, the PBX answers and hangs up, on a random port; on analog models the stand-in {@code sip.calls N}.
 * Arguments are checked by each action's own check before use, so a port or number the model refuses is
 * simply not tried. Numbers are our choice: a Tokyo number and the carrier's 117 (time) as a short one.
 */
public final class VocabularyCalls implements SoakTraffic {
    private static final List<String> NUMBERS = List.of("0312345678", "117", "0120444444");
    /** Port names tried: Ⅷ's {@code pri}, Ⅵ/Ⅶ's {@code bri1}…; each action's check keeps this model's. */
    private static final List<String> PORT_NAMES = List.of("pri", "bri1", "bri2", "bri3", "bri4", "bri5", "bri6", "bri7", "bri8");

    @Override
    public boolean step(Device device, RandomGenerator random) {
        List<Runnable> choices = new ArrayList<>();
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        for (String p : PORT_NAMES) { // only the ports this model has pass each action's check
            for (String word : List.of("pbx.call", "ip.call")) {
                action(device, word).flatMap(a -> call(device, a, List.of(p, number))).ifPresent(choices::add);
            }
            for (String word : List.of("pbx.answer", "pbx.hangup")) {
                action(device, word).flatMap(a -> call(device, a, List.of(p))).ifPresent(choices::add);
            }
        }
        action(device, "sip.calls").flatMap(a -> call(device, a, List.of(String.valueOf(random.nextInt(3))))).ifPresent(choices::add);
        if (choices.isEmpty()) {
            return false;
        }
        choices.get(random.nextInt(choices.size())).run();
        return true;
    }

    @Override
    public void endAll(Device device) {
        action(device, "pbx.hangup").ifPresent(a -> {
            for (String p : PORT_NAMES) {
                for (int call = 0; call < 24; call++) { // the PBX hangs up its last call: a PRI holds up to 23
                    call(device, a, List.of(p)).ifPresent(Runnable::run);
                }
            }
        });
        action(device, "sip.calls").ifPresent(a -> a.run().accept(device, List.of("0")));
    }

    private static Optional<ActionSpec> action(Device device, String word) {
        return device.vocabulary().action(word);
    }

    /**
     * The action with these arguments, unless its own check refuses them. An action the device refuses in
     * its state (the ISDN actions throw IllegalStateException, e.g. "no call to answer", as a scenario
     * step would report) is a user's mistake, not a failure of the box: it is ignored.
     */
    private static Optional<Runnable> call(Device device, ActionSpec a, List<String> args) {
        if (a.checkArgs().apply(args).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            try {
                a.run().accept(device, args);
            } catch (IllegalStateException refused) {
                // refused in this state: nothing happened
            }
        });
    }
}
