package org.voipgw.agent.scenario;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.DeviceDescription;

/**
 * Whether a scenario file can run with {@code --live}, checked before anything runs. Live, the carrier and
 * its far ends are real: the words that command or read the simulated carrier ({@code far},
 * {@code far.tone}, {@code far.hangup}, its faults {@code sip.*}, {@code expect tone far}, and
 * {@code ip.call} unless the run uses the embedded carrier) have nothing to act on, so a file using them is
 * refused with the line and the reason — never run half-way.
 */
public final class LiveCheck {
    /** The core steps every box runs (the parser's own verbs). */
    private static final Set<String> CORE = Set.of("power", "press", "reboot", "firmware", "set", "note");
    private static final String SIMULATED_RUN = "it needs the simulated run (voipgw scenario run without --live)";

    private LiveCheck() {
    }

    /** Whether no {@code set} step names a registrar: the live run then uses the embedded carrier. */
    public static boolean usesEmbeddedCarrier(Scenario s) {
        return s.steps().stream().noneMatch(st -> st.words().get(0).equals("set") && st.words().stream()
                .anyMatch(w -> w.startsWith("sip.registrar=") && w.length() > "sip.registrar=".length()));
    }

    /** The lines of {@code s} that cannot run live, each with why; empty when it can. */
    public static List<ScenarioError> problems(Scenario s) {
        boolean embedded = usesEmbeddedCarrier(s);
        DeviceDescription live = DeviceAssembly.describeLive(s.model(), embedded);
        List<ScenarioError> out = new ArrayList<>();
        for (Step st : s.steps()) {
            String verb = st.words().get(0);
            String why;
            if (CORE.contains(verb)) {
                continue;
            } else if (verb.equals("fault") || verb.equals("clear")) {
                String name = st.words().get(1);
                if (live.vocabulary().fault(name).isPresent()) {
                    continue;
                }
                why = "the fault '" + name + "' is injected into the simulated carrier; with --live the carrier is real, so "
                        + SIMULATED_RUN;
            } else if (live.vocabulary().action(verb).isPresent()) {
                continue;
            } else if (verb.startsWith("far")) {
                why = "'" + verb + "' tells the simulated carrier's far end what to do; with --live the far end is a real"
                        + " phone the run cannot command, so " + SIMULATED_RUN;
            } else if (verb.equals("ip.call")) {
                why = "'ip.call' makes the simulated carrier call the box; with --live through a real carrier, call the box"
                        + " from the far end itself (or leave sip.registrar unset: the embedded carrier takes ip.call), or "
                        + "use the simulated run";
            } else {
                why = "'" + verb + "' is not offered by the live box (its SIP carrier is real), so " + SIMULATED_RUN;
            }
            out.add(new ScenarioError(s.file(), st.line(), why));
        }
        for (Expectation e : s.expectations()) {
            String probe = e.subject().split(" ")[0];
            if (e.subject().startsWith("tone far ")) {
                out.add(new ScenarioError(s.file(), e.line(), "'expect tone far' reads what the simulated carrier's far"
                        + " end hears; with --live the far end is a real phone (judge its own recording), so "
                        + SIMULATED_RUN));
            } else if (!probe.equals("lamp") && live.vocabulary().probe(probe).isEmpty()) {
                out.add(new ScenarioError(s.file(), e.line(), "'expect " + probe + "' is not offered by the live box, so "
                        + SIMULATED_RUN));
            }
        }
        out.sort(Comparator.comparingInt(ScenarioError::line));
        return out;
    }
}
