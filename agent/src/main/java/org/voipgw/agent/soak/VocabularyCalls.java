package org.voipgw.agent.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.Device;
import org.voipgw.hal.time.Scheduler;

/**
 * Whole calls from the call actions a model's vocabulary has, each with its later steps on the soak's virtual
 * clock: on the ISDN models the PBX dials out on an idle port ({@code pbx.call}) or the carrier calls a port
 * ({@code ip.call PORT NUMBER}) and the PBX answers after {@link #ANSWER_AFTER}; on the analog models a phone
 * lifts, dials after {@link #DIAL_AFTER} ({@code phone N offhook}, {@code phone N dial}), or the carrier calls
 * the box's number ({@code ip.call NUMBER}) and the ringing phone answers. Every call is hung up by its own
 * side ({@code pbx.hangup}, {@code phone N onhook}) after an exponential holding time of mean
 * {@link #MEAN_HOLDING}; a call that was talking then counts as talking. Arguments are checked by each
 * action's own check before use, so a port or word the model refuses is simply not tried. A port or phone
 * gets a new call only when idle and not engaged in another call's steps.
 */
public final class VocabularyCalls implements SoakTraffic {
    /**
     * Mean holding time of a call: our choice, short (a quick call), so a month of calls on the analog
     * models, whose lines run their DSP per sample, stays within minutes; see {@code SoakRun.MEAN_CALL_GAP}.
     */
    static final Duration MEAN_HOLDING = Duration.ofSeconds(30);
    /** Every call lasts this long at least, so it can be answered and talk before it is hung up: our choice. */
    static final Duration SETUP_ALLOWANCE = Duration.ofSeconds(10);
    /** A caller dials this long after lifting the handset, having heard dial tone: our choice. */
    static final Duration DIAL_AFTER = Duration.ofSeconds(2);
    /** A called user answers after this much ringing (two ringing cycles): our choice. */
    static final Duration ANSWER_AFTER = Duration.ofSeconds(6);
    /** Far-end numbers dialled out: our choice, a Tokyo number, the carrier's 117 (time) and a toll-free one. */
    private static final List<String> NUMBERS = List.of("0398765432", "117", "0120444444");
    /** Phones tried on the analog models: Ⅳ's eight (Ⅲ's action check refuses 5–8). */
    private static final int PHONES = 8;
    /** Port names tried: Ⅷ's {@code pri}, Ⅵ/Ⅶ's {@code bri1}…; each action's check keeps this model's. */
    private static final List<String> PORT_NAMES = List.of("pri", "bri1", "bri2", "bri3", "bri4", "bri5", "bri6", "bri7", "bri8");

    private final String boxNumber;
    private final List<Scheduler.Timer> later = new ArrayList<>();
    /** Ports and phones with a call's steps still to come. */
    private final Set<String> engaged = new HashSet<>();
    private String lastRefusal = "";
    private long placed;
    private long talking;

    /** @param boxNumber the number the carrier calls the box on (its {@code sip.user} or {@code sip.number}) */
    public VocabularyCalls(String boxNumber) {
        this.boxNumber = boxNumber;
    }

    @Override
    public boolean step(Device device, RandomGenerator random, Scheduler scheduler) {
        later.removeIf(Scheduler.Timer::isCancelled); // ran or cancelled
        List<Runnable> choices = new ArrayList<>();
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        Duration holding = holding(random);
        for (String p : PORT_NAMES) {
            if (engaged.contains(p) || !portIdle(device, p)) {
                continue;
            }
            action(device, "pbx.call", List.of(p, number)).ifPresent(call -> choices.add(() -> {
                if (run(device, call)) {
                    started(p);
                    at(scheduler, holding, () -> hangUpPort(device, p));
                }
            }));
            action(device, "ip.call", List.of(p, boxNumber)).ifPresent(call -> choices.add(() -> {
                if (run(device, call)) {
                    started(p);
                    at(scheduler, ANSWER_AFTER, () -> {
                        action(device, "pbx.answer", List.of(p)).ifPresent(a -> run(device, a));
                        at(scheduler, holding, () -> hangUpPort(device, p));
                    });
                }
            }));
        }
        List<String> idlePhones = new ArrayList<>();
        for (int n = 1; n <= PHONES; n++) {
            String phone = Integer.toString(n);
            if (!engaged.contains("phone" + phone) && fxsState(device, phone).filter("idle"::equals).isPresent()) {
                idlePhones.add(phone);
            }
        }
        if (!idlePhones.isEmpty()) {
            String phone = idlePhones.get(random.nextInt(idlePhones.size()));
            action(device, "phone", List.of(phone, "offhook")).ifPresent(lift -> choices.add(() -> {
                if (run(device, lift)) {
                    started("phone" + phone);
                    at(scheduler, DIAL_AFTER, () -> {
                        action(device, "phone", List.of(phone, "dial", number)).ifPresent(d -> run(device, d));
                        at(scheduler, holding, () -> hangUpPhone(device, phone));
                    });
                }
            }));
            if (device.vocabulary().action("pbx.call").isEmpty()) { // the analog models: the carrier calls the box
                action(device, "ip.call", List.of(boxNumber)).ifPresent(call -> choices.add(() -> {
                    if (run(device, call)) {
                        placed++;
                        at(scheduler, ANSWER_AFTER, () -> answerRingingPhone(device, scheduler, holding));
                    }
                }));
            }
        }
        if (choices.isEmpty()) {
            return false;
        }
        choices.get(random.nextInt(choices.size())).run();
        return true;
    }

    @Override
    public void endAll(Device device) {
        later.forEach(Scheduler.Timer::cancel);
        later.clear();
        engaged.clear();
        device.vocabulary().action("pbx.hangup").ifPresent(a -> {
            for (String p : PORT_NAMES) {
                for (int call = 0; call < 24; call++) { // the PBX hangs up its last call: a PRI holds up to 23
                    action(device, "pbx.hangup", List.of(p)).ifPresent(h -> run(device, h));
                }
            }
        });
        for (int n = 1; n <= PHONES; n++) {
            action(device, "phone", List.of(Integer.toString(n), "onhook")).ifPresent(h -> run(device, h));
        }
    }

    @Override
    public Optional<String> stuckChannel(Device device) {
        List<String> held = new ArrayList<>();
        for (String p : PORT_NAMES) {
            if (!portIdle(device, p)) {
                held.add(p + " call " + probe(device, "call", p).orElse("?"));
            }
        }
        for (int n = 1; n <= PHONES; n++) {
            String phone = Integer.toString(n);
            fxsState(device, phone).filter(s -> !s.equals("idle")).ifPresent(s -> held.add("FXS line " + phone + " " + s));
        }
        return held.isEmpty() ? Optional.empty() : Optional.of("channels held: " + String.join(", ", held));
    }

    /** Calls started: a PBX or phone dialled out, or the carrier called in. */
    public long placed() {
        return placed;
    }

    /** Calls that were talking (Q.931 active, or the phone's line talking) when their side hung up. */
    public long talking() {
        return talking;
    }

    @Override
    public String figures() {
        return String.format(Locale.ROOT, "%,d calls placed, %,d talking when hung up", placed, talking);
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

    private void started(String portOrPhone) {
        placed++;
        engaged.add(portOrPhone);
    }

    private void hangUpPort(Device device, String port) {
        if (probe(device, "call", port).filter("active"::equals).isPresent()) {
            talking++;
        }
        action(device, "pbx.hangup", List.of(port)).ifPresent(h -> run(device, h));
        engaged.remove(port);
    }

    private void hangUpPhone(Device device, String phone) {
        if (fxsState(device, phone).filter("talking"::equals).isPresent()) {
            talking++;
        }
        action(device, "phone", List.of(phone, "onhook")).ifPresent(h -> run(device, h));
        engaged.remove("phone" + phone);
    }

    /** The carrier's call rings the box's phones: the first one ringing and free lifts. */
    private void answerRingingPhone(Device device, Scheduler scheduler, Duration holding) {
        for (int n = 1; n <= PHONES; n++) {
            String phone = Integer.toString(n);
            if (!engaged.contains("phone" + phone) && fxsState(device, phone).filter("ringing"::equals).isPresent()) {
                Optional<Bound> lift = action(device, "phone", List.of(phone, "offhook"));
                if (lift.isPresent() && run(device, lift.get())) {
                    engaged.add("phone" + phone);
                    at(scheduler, holding, () -> hangUpPhone(device, phone));
                }
                return;
            }
        }
    }

    private void at(Scheduler scheduler, Duration delay, Runnable step) {
        later.add(scheduler.schedule(delay, step));
    }

    /** At least {@link #SETUP_ALLOWANCE} (the far end rings 1 s, then answers), the rest exponential. */
    private static Duration holding(RandomGenerator random) {
        long rest = MEAN_HOLDING.minus(SETUP_ALLOWANCE).toMillis();
        return SETUP_ALLOWANCE.plusMillis((long) (-Math.log(1 - random.nextDouble()) * rest));
    }

    private static boolean portIdle(Device device, String port) {
        return probe(device, "call", port).map(state -> state.equals("none") || state.equals("null")).orElse(true);
    }

    private static Optional<String> fxsState(Device device, String phone) {
        return probe(device, "fxs", phone);
    }

    /** A probe's reading; empty when the model has no such probe or cannot read it now (the box is off). */
    private static Optional<String> probe(Device device, String word, String arg) {
        try {
            return device.vocabulary().probe(word).filter(p -> p.checkArgs().apply(List.of(arg)).isEmpty())
                    .map(p -> p.read().apply(device, List.of(arg)));
        } catch (IllegalStateException off) {
            return Optional.empty(); // e.g. "the box is off: its FXS ports are not running"
        }
    }

    /** An action and its argument words. */
    private record Bound(ActionSpec spec, List<String> args) {
    }

    /** The action with these arguments, unless the model has no such word or its own check refuses them. */
    private static Optional<Bound> action(Device device, String word, List<String> args) {
        return device.vocabulary().action(word).filter(a -> a.checkArgs().apply(args).isEmpty()).map(a -> new Bound(a, args));
    }

    /**
     * Runs a bound action; false when the device refuses it in its state (the call actions throw
     * IllegalStateException, e.g. "no call to answer", as a scenario step would report): a user's mistake,
     * not a failure of the box, so it is only remembered for a violation's text.
     */
    private boolean run(Device device, Bound bound) {
        try {
            bound.spec().run().accept(device, bound.args());
            return true;
        } catch (IllegalStateException refused) {
            lastRefusal = bound.spec().word() + " " + String.join(" ", bound.args()) + ": " + refused.getMessage();
            return false;
        }
    }
}
