package org.voipgw.agent.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.Device;

/**
 * Call traffic from the call actions a model's vocabulary has: on ISDN models the PBX dials, the carrier
 * calls, the PBX answers and hangs up, on a random port; on analog models a phone lifts, dials and hangs up ({@code phone N …}).
 * Arguments are checked by each action's own check before use, so a port or number the model refuses is
 * simply not tried. A port gets a new call only when idle (see {@link #idle}). Numbers are our choice: a Tokyo number and the carrier's 117 (time) as a short one.
 */
public final class VocabularyCalls implements SoakTraffic {
    private static final List<String> NUMBERS = List.of("0312345678", "117", "0120444444");
    /** Phones tried on the analog models: Ⅳ's eight (Ⅲ's action check refuses 5–8). */
    private static final int PHONES = 8;
    /** Port names tried: Ⅷ's {@code pri}, Ⅵ/Ⅶ's {@code bri1}…; each action's check keeps this model's. */
    private static final List<String> PORT_NAMES = List.of("pri", "bri1", "bri2", "bri3", "bri4", "bri5", "bri6", "bri7", "bri8");

    @Override
    public boolean step(Device device, RandomGenerator random) {
        List<Runnable> choices = new ArrayList<>();
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        for (String p : PORT_NAMES) { // only the ports this model has pass each action's check
            if (idle(device, p)) {
                for (String word : List.of("pbx.call", "ip.call")) {
                    action(device, word).flatMap(a -> call(device, a, List.of(p, number))).ifPresent(choices::add);
                }
            }
            for (String word : List.of("pbx.answer", "pbx.hangup")) {
                action(device, word).flatMap(a -> call(device, a, List.of(p))).ifPresent(choices::add);
            }
        }
        action(device, "phone").ifPresent(a -> { // the analog models: a phone lifts and dials, or hangs up
            String n = Integer.toString(1 + random.nextInt(PHONES));
            for (List<String> words : List.of(List.of(n, "offhook"), List.of(n, "dial", number), List.of(n, "onhook"))) {
                call(device, a, words).ifPresent(choices::add);
            }
        });
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
        action(device, "phone").ifPresent(a -> {
            for (int n = 1; n <= PHONES; n++) {
                call(device, a, List.of(Integer.toString(n), "onhook")).ifPresent(Runnable::run);
            }
        });
    }

    /**
     * One call per port at a time: {@code pbx.hangup} reaches only a port's last call, so a second call would
     * leave the first one up for good (no vocabulary word ends it) and the calm check would call it stuck.
     */
    private String lastRefusal = "";

    private static boolean idle(Device device, String port) {
        return device.vocabulary().probe("call").filter(p -> p.checkArgs().apply(List.of(port)).isEmpty())
                .map(p -> p.read().apply(device, List.of(port)))
                .map(state -> state.equals("none") || state.equals("null")).orElse(true);
    }

    /** The ports' call state and last exchange, from the model's own probes ({@code call}, {@code q931}). */
    @Override
    public String describe(Device device) {
        List<String> seen = new ArrayList<>();
        for (String word : List.of("call", "q931")) {
            device.vocabulary().probe(word).ifPresent(p -> {
                for (String port : PORT_NAMES) {
                    if (p.checkArgs().apply(List.of(port)).isEmpty()) {
                        seen.add(word + " " + port + " " + p.read().apply(device, List.of(port)));
                    }
                }
            });
        }
        if (!lastRefusal.isEmpty()) {
            seen.add("last refusal: " + lastRefusal);
        }
        return seen.isEmpty() ? "" : " (" + String.join("; ", seen) + ")";
    }

    private static Optional<ActionSpec> action(Device device, String word) {
        return device.vocabulary().action(word);
    }

    /**
     * The action with these arguments, unless its own check refuses them. An action the device refuses in
     * its state (the ISDN actions throw IllegalStateException, e.g. "no call to answer", as a scenario
     * step would report) is a user's mistake, not a failure of the box: it is ignored.
     */
    private Optional<Runnable> call(Device device, ActionSpec a, List<String> args) {
        if (a.checkArgs().apply(args).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            try {
                a.run().accept(device, args);
            } catch (IllegalStateException refused) {
                lastRefusal = a.word() + " " + String.join(" ", args) + ": " + refused.getMessage(); // nothing happened
            }
        });
    }
}
