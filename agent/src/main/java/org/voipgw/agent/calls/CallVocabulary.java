package org.voipgw.agent.calls;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.SipLeg;
import org.voipgw.boards.GatewayModel;

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
                                    : Optional.of("'" + v + "' is not a SIP status; valid: 100–699 or none")));
        }
    };

    /** A far end in the words: a number, or {@code anonymous}. */
    static final String FAR = "[0-9]{1,32}|anonymous";

    private static CallFeature feature(DeviceContext c) {
        return c.feature(CallFeature.class)
                .orElseThrow(() -> new IllegalStateException("this box has no call feature"));
    }
}
