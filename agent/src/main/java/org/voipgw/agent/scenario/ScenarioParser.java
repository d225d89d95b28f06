package org.voipgw.agent.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.voipgw.hal.time.Durations;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceDescription;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.device.Vocabulary;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import java.time.Duration;
import java.util.stream.Collectors;
import org.voipgw.boards.GatewaySwitch;

/**
 * Reads the QA scenario language (README "Scenarios"): {@code model M} first, then
 * {@code at TIME ACTION} steps and {@code expect …} lines. Every mistake is collected with its line
 * and what is valid; a file with any mistake yields no scenario, so nothing runs.
 */
public final class ScenarioParser {
    /**
     * The longest a scenario may run in virtual time: 31 days (about 3 s of wall time for one device,
     * `voipgw bench`); longer would make a typo like 100000h run for minutes.
     */
    static final long MAX_MILLIS = 31L * 24 * 3_600_000;
    static final String MAX_SPAN = "31 days (744h)";
    private final String file;
    private final List<ScenarioError> errors = new ArrayList<>();
    private GatewayModel model;
    private DeviceDescription probe; // what the model understands: its vocabulary and settings validate lines
    private long lastStepMillis;
    private final List<Step> steps = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();

    private ScenarioParser(String file) {
        this.file = file;
    }

    /** Parses {@code text}; returns the scenario, or the errors when there is any. */
    public static Result parse(String file, String text) {
        ScenarioParser p = new ScenarioParser(file);
        p.run(text);
        if (p.errors.isEmpty() && p.model == null) {
            p.errors.add(new ScenarioError(file, 1, "empty scenario: the first statement must be 'model M' (III, IV, VI, VII, VIII)"));
        }
        return p.errors.isEmpty() ? new Result(new Scenario(file, p.model, p.steps, p.expectations), List.of())
                : new Result(null, List.copyOf(p.errors));
    }

    /**
     * Parses one action as typed at the demo's prompt (the words after {@code at TIME}); returns
     * it, or the reason it is not valid for {@code model}.
     */
    public static Command command(GatewayModel model, String line) {
        return command(DeviceAssembly.describe(model), line);
    }

    /**
     * As {@link #command(GatewayModel, String)}, checked against {@code device}'s own vocabulary (the
     * demo's running box, whose SIP is live: it offers no simulated-carrier faults). Reads only what
     * is fixed at assembly (the vocabulary and the setting keys), so any thread may call it.
     */
    public static Command command(Device device, String line) {
        return command(device.description(), line);
    }

    private static Command command(DeviceDescription description, String line) {
        ScenarioParser p = new ScenarioParser("prompt");
        p.model = description.model();
        p.probe = description;
        List<String> w;
        try {
            w = Tokenizer.words(line);
        } catch (IllegalArgumentException e) {
            return new Command(null, e.getMessage());
        }
        if (w.isEmpty()) {
            return new Command(null, "empty command");
        }
        Consumer<Device> a = p.action(1, w);
        return a != null ? new Command(a, null)
                : new Command(null, p.errors.isEmpty() ? "not valid" : p.errors.get(0).message());
    }

    /** A parsed prompt command: the action, or the error. */
    public record Command(Consumer<Device> action, String error) {
    }

    /** A scenario, or the mistakes that stopped it. */
    public record Result(Scenario scenario, List<ScenarioError> errors) {
    }

    private void run(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            try {
                List<String> w = Tokenizer.words(lines[i]);
                if (!w.isEmpty()) {
                    statement(lineNo, w, String.join(" ", w));
                }
            } catch (IllegalArgumentException e) {
                error(lineNo, e.getMessage());
            }
        }
    }

    private void error(int line, String message) {
        errors.add(new ScenarioError(file, line, message));
    }

    private void statement(int line, List<String> w, String text) {
        String head = w.get(0);
        if (model == null && !head.equals("model")) {
            error(line, "the first statement must be 'model M' (III, IV, VI, VII, VIII), not '" + head + "'");
            return;
        }
        switch (head) {
            case "model" -> model(line, w);
            case "at" -> step(line, w, text);
            case "expect" -> expect(line, w, text);
            default -> error(line, "unknown statement '" + head + "'; valid: model, at, expect (and # comments)");
        }
    }

    private void model(int line, List<String> w) {
        if (model != null) {
            error(line, "model is given once, as the first statement");
            return;
        }
        if (w.size() != 2) {
            error(line, "usage: model M (III, IV, VI, VII, VIII)");
            return;
        }
        try {
            model = GatewayModel.parse(w.get(1));
            probe = DeviceAssembly.describe(model);
        } catch (IllegalArgumentException e) {
            error(line, e.getMessage());
        }
    }

    private void step(int line, List<String> w, String text) {
        if (w.size() < 3) {
            error(line, "usage: at TIME ACTION (TIME absolute like 5s, or relative like +2s)");
            return;
        }
        String t = w.get(1);
        boolean relative = t.startsWith("+");
        Optional<Long> ms = Durations.parseMillis(relative ? t.substring(1) : t);
        if (ms.isEmpty()) {
            error(line, "bad time '" + t + "'; valid: " + Durations.VALID + ", optionally with a leading +");
            return;
        }
        long at = relative ? lastStepMillis + ms.get() : ms.get();
        if (at > MAX_MILLIS) {
            error(line, "time " + t + " is beyond what a scenario may span; valid: up to " + MAX_SPAN);
            return;
        }
        if (at < lastStepMillis) {
            error(line, "time goes backwards: " + Durations.format(at) + " is before the previous step at "
                    + Durations.format(lastStepMillis));
            return;
        }
        Consumer<Device> action = action(line, w.subList(2, w.size()));
        if (action != null) {
            lastStepMillis = at;
            steps.add(new Step(line, at, text, w.subList(2, w.size()), action));
        }
    }

    private Consumer<Device> action(int line, List<String> a) {
        String verb = a.get(0);
        List<String> args = a.subList(1, a.size());
        switch (verb) {
            case "power":
                if (args.equals(List.of("on"))) {
                    return Device::powerOn;
                }
                if (args.equals(List.of("on", "factory"))) {
                    // a unit powered on in its factory state (guide 4392, 4699): INIT lamp Ⅷ orange, family red
                    return Device::powerOnInFactoryState;
                }
                if (args.equals(List.of("off"))) {
                    return Device::powerOff;
                }
                error(line, "usage: power on|off|on factory");
                return null;
            case "press":
                return press(line, args);
            case "reboot":
                return noArgs(line, verb, args) ? Device::reboot : null;
            case "set":
                return set(line, args);
            case "fault":
                return fault(line, args);
            case "clear":
                return clear(line, args);
            case "note":
                return d -> { }; // a remark in the run's output; anchors the expectations after it

            default:
                return featureAction(line, verb, args);
        }
    }

    private boolean noArgs(int line, String verb, List<String> args) {
        if (!args.isEmpty()) {
            error(line, verb + " takes no arguments");
            return false;
        }
        return true;
    }

    private Consumer<Device> press(int line, List<String> args) {
        // switches as the guide describes them: Ⅷ only (4330–4346); the family has none (4645–4669)
        if (!model.has(GatewaySwitch.INIT)) {
            error(line, "model " + model.ascii() + " has no switches (the guide describes switches for VIII only);"
                    + " to start in the factory state: power on factory");
            return null;
        }
        if (args.equals(List.of("init"))) {
            return Device::pressInit;
        }
        if (!args.isEmpty() && args.get(0).equals("shutdown")) {
            if (!model.has(GatewaySwitch.SHUTDOWN)) {
                error(line, "model " + model.ascii() + " has no shutdown switch (only VIII has one); valid: press init");
                return null;
            }
            Optional<Long> hold = args.size() == 3 && args.get(1).equals("for") ? Durations.parseMillis(args.get(2))
                    : Optional.empty();
            if (hold.isEmpty()) {
                error(line, "usage: press shutdown for T (T: " + Durations.VALID + ")");
                return null;
            }
            long ms = hold.get();
            return d -> {
                d.shutdownSwitchDown();
                d.scheduler().schedule(Duration.ofMillis(ms), d::shutdownSwitchUp);
            };
        }
        error(line, "usage: press init" + (model.has(GatewaySwitch.SHUTDOWN) ? " | press shutdown for T" : ""));
        return null;
    }

    private Consumer<Device> set(int line, List<String> args) {
        if (args.isEmpty()) {
            error(line, "usage: set KEY=VALUE ... (`voipgw scenario settings` lists the keys)");
            return null;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (String kv : args) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                error(line, "'" + kv + "' is not KEY=VALUE");
                return null;
            }
            changes.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        List<SettingError> bad = probe.settings().validate(changes);
        if (!bad.isEmpty()) {
            bad.forEach(e -> error(line, "set " + e.key() + ": " + e.message()
                    + probe.settings().key(e.key()).map(k -> " (valid: " + k.valid() + ")")
                            .orElseGet(() -> " (valid keys of " + model.ascii() + ": " + keyFamilies() + ")")));
            return null;
        }
        return d -> {
            List<SettingError> refused = d.set(changes);
            if (!refused.isEmpty()) {
                throw new IllegalStateException("settings refused: " + refused);
            }
        };
    }

    private Consumer<Device> fault(int line, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            error(line, "usage: fault NAME [ARG]; faults of " + model.ascii() + ": " + faultNames());
            return null;
        }
        Optional<FaultSpec> spec = vocabulary().fault(args.get(0));
        if (spec.isEmpty()) {
            error(line, "model " + model.ascii() + " has no fault '" + args.get(0) + "'; valid: " + faultNames());
            return null;
        }
        String arg = args.size() == 2 ? args.get(1) : "";
        Optional<String> bad = spec.get().checkArg().apply(arg);
        if (bad.isPresent()) {
            error(line, bad.get());
            return null;
        }
        FaultSpec f = spec.get();
        return d -> f.inject().accept(d, arg);
    }

    private Consumer<Device> clear(int line, List<String> args) {
        Optional<FaultSpec> spec = args.size() == 1 ? vocabulary().fault(args.get(0)) : Optional.empty();
        if (spec.isEmpty()) {
            error(line, "usage: clear NAME; faults of " + model.ascii() + ": " + faultNames());
            return null;
        }
        FaultSpec f = spec.get();
        return d -> f.clear().accept(d);
    }

    private Consumer<Device> featureAction(int line, String verb, List<String> args) {
        Optional<ActionSpec> spec = vocabulary().action(verb);
        if (spec.isEmpty()) {
            List<String> valid = new ArrayList<>(List.of("power", "press", "reboot", "set", "fault", "clear",
                    "note"));
            vocabulary().actions().forEach(x -> valid.add(x.word()));
            error(line, "unknown action '" + verb + "' for model " + model.ascii() + "; valid: " + String.join(", ", valid));
            return null;
        }
        Optional<String> bad = spec.get().checkArgs().apply(args);
        if (bad.isPresent()) {
            error(line, bad.get() + " (usage: " + verb + " " + spec.get().syntax() + ")");
            return null;
        }
        List<String> copy = List.copyOf(args);
        // the running box's own action of that word: a live box's ip.call reaches its carrier, not the simulated one
        return d -> d.vocabulary().action(verb)
                .orElseThrow(() -> new IllegalStateException("this box offers no '" + verb + "'"))
                .run().accept(d, copy);
    }

    private void expect(int line, List<String> w, String text) {
        // expect SUBJECT... VALUE [within|for T]
        List<String> body = new ArrayList<>(w.subList(1, w.size()));
        Expectation.Mode mode = Expectation.Mode.WITHIN;
        long window = 0;
        if (body.size() >= 2) {
            String kw = body.get(body.size() - 2);
            if (kw.equals("within") || kw.equals("for")) {
                Optional<Long> ms = Durations.parseMillis(body.get(body.size() - 1));
                if (ms.isEmpty()) {
                    error(line, "bad window '" + body.get(body.size() - 1) + "'; valid: " + Durations.VALID);
                    return;
                }
                mode = kw.equals("for") ? Expectation.Mode.FOR : Expectation.Mode.WITHIN;
                window = ms.get();
                if (lastStepMillis + window > MAX_MILLIS) {
                    error(line, "window " + body.get(body.size() - 1) + " reaches beyond what a scenario may span; valid: up to "
                            + MAX_SPAN + " in all");
                    return;
                }
                body = body.subList(0, body.size() - 2);
            }
        }
        if (body.size() < 2) {
            error(line, "usage: expect lamp LAMP STATE [within|for T], or expect PROBE ... VALUE [within|for T]");
            return;
        }
        String expected = body.get(body.size() - 1);
        Function<Device, String> read = body.get(0).equals("lamp") ? lampProbe(line, body, expected)
                : featureProbe(line, body, expected);
        if (read != null) {
            String subject = String.join(" ", body.subList(0, body.size() - 1));
            expectations.add(new Expectation(line, text, subject, expected, lastStepMillis, window, mode, read));
        }
    }

    private Function<Device, String> lampProbe(int line, List<String> body, String expected) {
        if (body.size() != 3) {
            error(line, "usage: expect lamp LAMP STATE [within|for T]");
            return null;
        }
        Optional<Lamp> lamp = Lamp.find(body.get(1)).filter(model.family()::has);
        if (lamp.isEmpty()) {
            error(line, "model " + model.ascii() + " has no lamp '" + body.get(1) + "'; valid: "
                    + model.family().lamps().stream().map(Lamp::printed).toList());
            return null;
        }
        LampState state;
        try {
            state = LampState.parse(expected);
        } catch (IllegalArgumentException e) {
            error(line, e.getMessage());
            return null;
        }
        List<LampState> valid = LampStates.shownBy(model, lamp.get());
        if (!valid.contains(state)) {
            error(line, "lamp " + lamp.get().printed() + " of model " + model.ascii() + " never shows " + state.id()
                    + "; valid: " + valid.stream().map(LampState::id).toList());
            return null;
        }
        Lamp l = lamp.get();
        return d -> d.panel().get(l).id();
    }

    private Function<Device, String> featureProbe(int line, List<String> body, String expected) {
        Optional<ProbeSpec> spec = vocabulary().probe(body.get(0));
        if (spec.isEmpty()) {
            List<String> valid = new ArrayList<>(List.of("lamp"));
            vocabulary().probes().forEach(p -> valid.add(p.word()));
            error(line, "unknown expectation '" + body.get(0) + "' for model " + model.ascii() + "; valid: " + valid);
            return null;
        }
        ProbeSpec p = spec.get();
        List<String> args = List.copyOf(body.subList(1, body.size() - 1));
        Optional<String> bad = p.checkArgs().apply(args);
        if (bad.isPresent()) {
            error(line, bad.get() + " (usage: expect " + p.word() + " " + p.syntax() + ")");
            return null;
        }
        Optional<String> badValue = p.checkValue().apply(expected);
        if (badValue.isPresent()) {
            error(line, badValue.get());
            return null;
        }
        List<String> readArgs = new ArrayList<>(args);
        if (p.judgesExpected()) {
            readArgs.add(expected);
        }
        List<String> given = List.copyOf(readArgs);
        return d -> p.read().apply(d, given);
    }

    private Vocabulary vocabulary() {
        return probe.vocabulary();
    }

    /** The setting keys with session and port numbers folded: pppoe.N.user, sip.registrar, … */
    private String keyFamilies() {
        return probe.settings().keys().stream().map(k -> k.name().replaceAll("\\.\\d+\\.", ".N."))
                .distinct().collect(Collectors.joining(", "));
    }

    private String faultNames() {
        return vocabulary().faults().stream().map(FaultSpec::name).toList().toString();
    }
}
