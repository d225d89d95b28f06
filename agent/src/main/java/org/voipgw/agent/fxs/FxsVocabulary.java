package org.voipgw.agent.fxs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.fxs.LineState;
import org.voipgw.fxs.sim.PhoneWords;

/**
 * The FXS side's words (issue 11, exact): settings {@code fxs.N.*}; the probe {@code fxs N STATE} (idle, dial-tone, …, talking, fax: ours, for the
 * FAX and flash scenarios); the action {@code phone N
 * offhook|onhook|flash | dial DIGITS [pulse] | play FILE.wav | tone HZ|off}; the probes {@code ringing phone N
 * on|off}, {@code callerid phone N NUMBER|anonymous|unavailable}, {@code dialled phone N DIGITS}. The
 * {@code tone phone N …} expectation belongs to the calls' {@code tone} probe. The fxs-bri module's
 * {@link PhoneWords} checks and runs them.
 */
final class FxsVocabulary {
    private FxsVocabulary() {
    }

    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return FxsSettings.keys(ports(model));
        }

        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            int ports = ports(model);
            return List.of(new ActionSpec("phone", PhoneWords.ACTION_SYNTAX.replace("phone ", ""),
                    "the simulated phone on FXS port N (1–" + ports + ") lifts or hangs up its handset, flashes, dials"
                            + " (DTMF, or pulses), plays a WAV file (relative to the scenario) or a sine",
                    a -> PhoneWords.checkAction(a, ports), (c, a) -> side(c).phoneAction(a)));
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            int ports = ports(model);
            Function<List<String>, Optional<String>> phone = a -> phoneArgs(a, ports);
            List<String> states = Arrays.stream(LineState.values()).map(FxsVocabulary::stateWord).toList();
            return List.of(
                    new ProbeSpec("fxs", "N STATE (the line's state, as VoIP状態 shows it)", states,
                            a -> PhoneWords.checkPort(a, ports).or(() -> a.size() == 1 ? Optional.empty()
                                    : Optional.of("expected N STATE")),
                            (c, a) -> stateWord(side(c).line(Integer.parseInt(a.get(0))).state())),
                    new ProbeSpec("ringing", "phone N on|off (an incoming call is offered: CAR, caller ID, ringing)",
                            List.of("on", "off"), phone, (c, a) -> PhoneWords.ringing(side(c).line(port(a)))),
                    new ProbeSpec("callerid", "phone N NUMBER|anonymous|unavailable (what ナンバー・ディスプレイ showed)",
                            List.of(), phone, (c, a) -> PhoneWords.callerId(side(c).phone(port(a))),
                            v -> v.matches("[0-9]{1,20}|anonymous|unavailable|public|none") ? Optional.empty()
                                    : Optional.of("'" + v + "' is not a caller ID; valid: NUMBER (digits), anonymous,"
                                    + " unavailable, public, none")),
                    new ProbeSpec("dialled", "phone N DIGITS (what the line collected at the last dialling)",
                            List.of(), phone, (c, a) -> side(c).line(port(a)).lastDialled(),
                            v -> v.matches("[0-9*#]{1,32}") ? Optional.empty()
                                    : Optional.of("'" + v + "' is not a dialled number; valid: 0-9 * #, at most 32")));
        }
    };

    /** A line state in the words: {@code idle}, {@code dial-tone}, {@code talking}, {@code fax} … */
    static String stateWord(LineState s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code phone N}: the words before the expected value of a phone probe. */
    static Optional<String> phoneArgs(List<String> a, int ports) {
        if (a.isEmpty() || !a.get(0).equals("phone") || a.size() != 2) {
            return Optional.of("expected phone N, N one of 1-" + ports);
        }
        return PhoneWords.checkPort(a.subList(1, 2), ports);
    }

    static int ports(GatewayModel m) {
        return m.spec().pbx().ports();
    }

    private static int port(List<String> a) {
        return Integer.parseInt(a.get(1));
    }

    private static FxsSide side(DeviceContext c) {
        return c.feature(FxsSide.class).orElseThrow(() -> new IllegalStateException("this box has no FXS ports"));
    }
}
