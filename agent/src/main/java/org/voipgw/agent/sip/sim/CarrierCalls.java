package org.voipgw.agent.sip.sim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.sip.invite.sim.FarEndBehaviour;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;

/**
 * The simulated carrier's call words (the calls issue, exact): {@code far NUMBER answer|busy|no-answer|reject
 * CODE} (how that far end takes calls from then on; by default it rings 1 s, then answers),
 * {@code far.hangup NUMBER}, and {@code ip.call NUMBER [from CALLER]} — a call from the carrier to one of the
 * box's numbers ({@code from anonymous}: a withheld caller). The old {@code ip.call PORT NUMBER} stays as an
 * alias (the port is where the box hunts anyway).
 */
final class CarrierCalls {
    /** Who calls the box when a scenario does not say (a number of the simulated network). */
    static final String DEFAULT_CALLER = "0398765432";
    private static final String NUMBER = "[0-9]{1,32}";

    private CarrierCalls() {
    }

    static List<ActionSpec> actions(GatewayModel model) {
        List<String> ports = portNames(model);
        Function<List<String>, Optional<String>> far = a -> a.size() >= 2 && a.get(0).matches(NUMBER)
                ? FarEndBehaviour.problem(a.subList(1, a.size()))
                : Optional.of("expected NUMBER answer|busy|no-answer|reject CODE");
        Function<List<String>, Optional<String>> hangup = a -> a.size() == 1 && a.get(0).matches(NUMBER)
                ? Optional.empty() : Optional.of("expected NUMBER (the far end that hangs up)");
        Function<List<String>, Optional<String>> ipCall = a -> ipCallProblem(a, ports);
        return List.of(
                new ActionSpec("far", "NUMBER answer|busy|no-answer|reject CODE",
                        "how the far end at NUMBER takes calls from now on (default: rings 1 s, then answers)", far,
                        (c, a) -> carrier(c).calls().far(a.get(0), FarEndBehaviour.of(a.subList(1, a.size())))),
                new ActionSpec("far.hangup", "NUMBER", "the far end at NUMBER hangs up (CANCEL before the answer, BYE after)",
                        hangup, (c, a) -> {
                            if (!carrier(c).calls().hangUp(a.get(0))) {
                                throw new IllegalStateException("the far end " + a.get(0) + " has no call");
                            }
                        }),
                new ActionSpec("far.tone", "NUMBER HZ|off", "the far end at NUMBER plays a sine of HZ (50–3900) into its calls, or stops",
                        a -> a.size() == 2 && a.get(0).matches(NUMBER) ? toneProblem(a.get(1))
                                : Optional.of("expected NUMBER HZ|off"),
                        (c, a) -> c.feature(CarrierFaults.class).orElseThrow().farEnd(a.get(0)).tone(hz(a.get(1)))),
                new ActionSpec("ip.call", "NUMBER [from CALLER] (or PORT NUMBER)",
                        "a call from the carrier to one of the box's numbers; from anonymous withholds the caller",
                        ipCall, CarrierCalls::ipCall));
    }

    /** {@code HZ|off} of a tone action: 50–3900 Hz (what the analyser can judge), or off. */
    static Optional<String> toneProblem(String word) {
        if (word.equals("off")) {
            return Optional.empty();
        }
        try {
            double hz = Double.parseDouble(word);
            return hz >= 50 && hz <= 3900 ? Optional.empty()
                    : Optional.of(word + " Hz is out of range; valid: 50–3900 or off");
        } catch (NumberFormatException e) {
            return Optional.of("'" + word + "' is not a frequency; valid: 50–3900 (Hz) or off");
        }
    }

    static double hz(String word) {
        return word.equals("off") ? 0 : Double.parseDouble(word);
    }

    private static Optional<String> ipCallProblem(List<String> a, List<String> ports) {
        String valid = "expected NUMBER [from CALLER] (CALLER: digits or anonymous), or PORT NUMBER with PORT one of " + ports;
        if (a.size() == 1 && a.get(0).matches(NUMBER)) {
            return Optional.empty();
        }
        if (a.size() == 3 && a.get(0).matches(NUMBER) && a.get(1).equals("from")
                && (a.get(2).matches(NUMBER) || a.get(2).equals("anonymous"))) {
            return Optional.empty();
        }
        if (a.size() == 2 && ports.contains(a.get(0)) && a.get(1).matches(NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(valid);
    }

    private static void ipCall(DeviceContext c, List<String> a) {
        String dialled = a.size() == 2 ? a.get(1) : a.get(0);
        String caller = a.size() == 3 ? a.get(2) : DEFAULT_CALLER;
        CarrierFaults carrier = c.feature(CarrierFaults.class).orElseThrow();
        Set<String> numbers = carrier.boxNumbers();
        if (a.size() != 2 && !numbers.contains(dialled)) {
            throw new IllegalStateException(dialled + " is not one of the box's numbers " + numbers
                    + " (sip.number and each conversion.N.from): the carrier would answer the caller 404");
        }
        if (!carrier.boxRegistered()) {
            // the carrier has no contact for the box: it answers the caller itself and the box sees nothing
            c.log().info("ip.call " + dialled + ": the box is not registered; the carrier answers the caller 480");
            return;
        }
        carrier.carrier().calls().callBox(dialled, caller);
    }

    private static SimulatedCarrier carrier(DeviceContext c) {
        return CarrierFaults.carrierOf(c);
    }

    /** The model's ISDN port names (for the old {@code ip.call PORT NUMBER}). */
    private static List<String> portNames(GatewayModel m) {
        return m.spec().pbx().kind() == PbxInterface.FXS ? List.of() : m.spec().pbx().portNames();
    }
}
