package org.voipgw.agent.calls;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.SipLeg;
import org.voipgw.agent.sip.sim.CarrierFaults;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;
import org.voipgw.fxs.sim.PhoneWords;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;

/**
 * The calls' words (the calls issue, exact): settings {@code conversion.N.from|to}; probes {@code calls N},
 * {@code dialog NUMBER none|calling|ringing|early|confirmed|terminated} (the SIP dialog with that far end),
 * {@code status NUMBER CODE} (the final SIP response to the last INVITE for NUMBER; {@code none} while there
 * is none).
 */
final class CallVocabulary {
    private CallVocabulary() {
    }

    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return ConversionSettings.keys();
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            Function<List<String>, Optional<String>> none = a -> a.isEmpty() ? Optional.empty()
                    : Optional.of("calls takes only the expected count");
            Function<List<String>, Optional<String>> number = a -> a.size() == 1 && a.get(0).matches(FAR)
                    ? Optional.empty() : Optional.of("expected NUMBER (digits, or anonymous)");
            List<String> states = Arrays.stream(DialogState.values()).map(DialogState::word).toList();
            return List.of(
                    new ProbeSpec("calls", "N (calls in progress)", List.of(), none,
                            (c, a) -> Integer.toString(feature(c).core().inProgress()),
                            v -> v.matches("\\d{1,2}") ? Optional.empty()
                                    : Optional.of("'" + v + "' is not a count of calls; valid: 0–" + CallFeature.channels(model))),
                    new ProbeSpec("dialog", "NUMBER STATE (the SIP dialog with that far end)", states, number,
                            (c, a) -> feature(c).leg(a.get(0)).map(SipLeg::state).map(DialogState::word).orElse("none")),
                    new ProbeSpec("status", "NUMBER CODE (the final SIP response to the last INVITE for NUMBER)",
                            List.of(), number,
                            (c, a) -> feature(c).leg(a.get(0)).map(SipLeg::finalStatus).filter(s -> s > 0)
                                    .map(String::valueOf).orElse("none"),
                            v -> v.equals("none") || v.matches("[1-6][0-9][0-9]") ? Optional.empty()
                                    : Optional.of("'" + v + "' is not a SIP status; valid: 100–699 or none")),
                    ProbeSpec.judging("tone", "pbx PORT HZ|ringback|busy|silence, far NUMBER HZ|silence, or phone N "
                                    + "dial|ringback|busy|silence|HZ (what that end hears; a frequency matches within ±2 %)",
                            a -> toneSubject(a, ports(model), model), CallVocabulary::tone, CallVocabulary::toneWord));
        }

        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            List<String> ports = ports(model);
            return List.of(new ActionSpec("pbx.tone", "PORT HZ|off",
                    "the PBX plays a sine of HZ (50–3900) on the B channel of its current call, or stops",
                    a -> a.size() == 2 && ports.contains(a.get(0)) ? toneValue(a.get(1))
                            : Optional.of("expected PORT HZ|off, PORT one of " + ports),
                    (c, a) -> feature(c).pbxEnd(a.get(0))
                            .orElseThrow(() -> new IllegalStateException("the PBX side is not simulated"))
                            .tone(a.get(1).equals("off") ? 0 : Double.parseDouble(a.get(1)))));
        }
    };

    private static List<String> ports(GatewayModel m) {
        return m.spec().pbx().portNames();
    }

    private static Optional<String> toneSubject(List<String> a, List<String> ports, GatewayModel m) {
        if (m.spec().pbx().kind() == PbxInterface.FXS && a.size() == 2 && a.get(0).equals("phone")) {
            return PhoneWords.checkPort(a.subList(1, 2), m.spec().pbx().ports());
        }
        if (a.size() == 2 && a.get(0).equals("pbx") && ports.contains(a.get(1))) {
            return Optional.empty();
        }
        if (a.size() == 2 && a.get(0).equals("far") && a.get(1).matches(FAR)) {
            return Optional.empty();
        }
        return Optional.of("expected pbx PORT (one of " + ports + "), far NUMBER"
                + (m.spec().pbx().kind() == PbxInterface.FXS ? " or phone N" : ""));
    }

    private static Optional<String> toneWord(String v) {
        try {
            ToneExpectation.parse(v);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> toneValue(String v) {
        return v.equals("off") ? Optional.empty() : toneWord(v).or(() -> {
            ToneExpectation e = ToneExpectation.parse(v);
            return e.kind() == ToneReport.Kind.TONE ? Optional.empty()
                    : Optional.of("'" + v + "' is not a frequency; valid: 50–3900 (Hz) or off");
        });
    }

    /** args: pbx|far, PORT|NUMBER, then the expected word (a judging probe). */
    private static String tone(DeviceContext c, List<String> a) {
        String expected = a.get(2);
        if (a.get(0).equals("phone")) {
            return feature(c).pbxCalls().phoneTone(Integer.parseInt(a.get(1)), expected).orElse("no phones on this box");
        }
        if (a.get(0).equals("pbx")) {
            return feature(c).pbxEnd(a.get(1)).map(e -> e.judge(expected)).orElse("no simulated PBX");
        }
        return c.feature(CarrierFaults.class).map(f -> f.farEnd(a.get(1)).judge(expected))
                .orElse("no simulated far end");
    }

    /** A far end in the words: a number, or {@code anonymous}. */
    static final String FAR = "[0-9]{1,32}|anonymous";

    private static CallFeature feature(DeviceContext c) {
        return c.feature(CallFeature.class)
                .orElseThrow(() -> new IllegalStateException("this box has no call feature"));
    }
}
