package org.voipgw.agent.sip.sim;


import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.voipgw.agent.callmedia.RtpCallMedia;
import org.voipgw.agent.callmedia.SimulatedEnd;
import java.util.HashMap;
import java.util.Map;
import org.voipgw.agent.callmedia.SimulatedRtpNetwork;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.settings.Validators;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipEndpoint;
import org.voipgw.agent.sip.SipPort;
import org.voipgw.agent.sip.SipPortFactory;
import org.voipgw.agent.sip.SipSettings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Durations;
import org.voipgw.hal.time.Scheduler;

/**
 * The simulated carrier as part of a simulated box's world: it is the SIP edge the box's
 * {@code SipFeature} opens ({@link SipPortFactory}), it knows the account the box is configured with,
 * and it offers the carrier's scenario faults {@code sip.registrar down}, {@code sip.auth reject},
 * {@code sip.loss PERCENT} and {@code sip.delay T}. Assembled before the SIP feature, so it has read
 * the account before SIP sends a REGISTER at boot or after a settings change.
 */
public final class CarrierFaults implements DeviceFeature, SipPortFactory {
    private final RandomGenerator random;
    private SimulatedCarrier carrier;
    private SimulatedRtpNetwork rtp;
    private final Map<String, SimulatedEnd> farEnds = new HashMap<>();
    private DeviceContext context;

    public CarrierFaults(RandomGenerator random) {
        this.random = random;
    }

    /** The in-memory carrier (after the device is assembled). */
    public SimulatedCarrier carrier() {
        return carrier;
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<FaultSpec> faults(GatewayModel model) {
            return List.of(
                    FaultSpec.words("sip.registrar", List.of("down"), "the carrier's registrar stops answering",
                            (c, a) -> carrierOf(c).down(true), c -> carrierOf(c).down(false)),
                    FaultSpec.words("sip.auth", List.of("reject"), "the carrier refuses the credentials (認証失敗)",
                            (c, a) -> carrierOf(c).authReject(true), c -> carrierOf(c).authReject(false)),
                    new FaultSpec("sip.loss", List.of("PERCENT"), "each REGISTER is lost with this probability (0–100)",
                            a -> Validators.integer(0, 100).apply(a == null ? "" : a),
                            (c, a) -> carrierOf(c).loss(Integer.parseInt(a.trim())), c -> carrierOf(c).loss(0)),
                    new FaultSpec("sip.delay", List.of("T"), "the carrier answers after T (e.g. 500ms, 5s, 1m)",
                            a -> Durations.parse(a).isPresent() ? Optional.empty()
                                    : Optional.of("fault sip.delay takes " + Durations.VALID),
                            (c, a) -> carrierOf(c).delay(Durations.parse(a).orElseThrow()),
                            c -> carrierOf(c).delay(SimulatedCarrier.ANSWER_TIME)));
        }

        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            return CarrierCalls.actions(model);
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext ctx) {
        context = ctx;
        carrier = new SimulatedCarrier(ctx.scheduler(), random);
        rtp = new SimulatedRtpNetwork(ctx.scheduler());
        RandomGenerator farRandom = RandomGeneratorFactory.of("L64X128MixRandom").create(3550);
        carrier.routeCalls(number -> {
            RtpCallMedia m = new RtpCallMedia(ctx.scheduler(), rtp.open(farAddress(number)), farRandom, "far-" + number);
            m.bridge(farEnd(number));
            return m;
        });
    }

    /** The far end's phone at {@code number}: what it plays ({@code far.tone}) and hears ({@code expect tone far}). */
    public SimulatedEnd farEnd(String number) {
        return farEnds.computeIfAbsent(number, n -> new SimulatedEnd(context.scheduler().clock()));
    }

    /** The IP network RTP crosses between the box and the far ends (after the device is assembled). */
    public SimulatedRtpNetwork rtpNetwork() {
        return rtp;
    }

    /** A far end's host: one of the documentation range 198.51.100.0/24 (RFC 5737), by its number. */
    static String farAddress(String number) {
        return "198.51.100." + (2 + Math.floorMod(number.hashCode(), 250));
    }

    @Override
    public void onBoot() {
        learnAccount();
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        learnAccount();
    }

    /** A power cut sends the carrier no BYE: its far ends end the box's calls themselves, as a carrier would. */
    @Override
    public void onShutdown(boolean orderly) {
        if (!orderly && carrier != null) {
            carrier.calls().boxLost();
        }
    }

    /** The carrier knows the account the box is configured with (its subscriber database). */
    private void learnAccount() {
        SipAccount a = SipSettings.account(context.settings());
        if (a.configured()) {
            carrier.subscriber(a.user(), a.password());
        }
    }

    @Override
    public SipPort open(SipEndpoint endpoint, Scheduler scheduler) {
        learnAccount();
        // the carrier outlives boots (it is outside the box): closing the box's port must not close it
        return SipPort.over(carrier, carrier::calls, () -> carrier.listen(null));
    }

    /** The box's numbers as the carrier's subscriber record has them (what it delivers over the registration). */
    Set<String> boxNumbers() {
        Set<String> out = new LinkedHashSet<>();
        SipAccount a = SipSettings.account(context.settings());
        out.add(a.number().isEmpty() ? a.user() : a.number());
        for (int n = 1; n <= 10; n++) { // ダイヤルイン numbers: each 着信番号変換 row's from (guide 4046–4051)
            context.settings().key("conversion." + n + ".from").ifPresent(k -> out.add(context.settings().get(k.name())));
        }
        for (int n = 1; n <= context.model().spec().pbx().ports(); n++) { // on Ⅲ/Ⅳ each FXS port's dial-in number
            context.settings().key("fxs." + n + ".number").ifPresent(k -> out.add(context.settings().get(k.name())));
        }
        out.remove("");
        return out;
    }

    /** Whether the box's account is registered at the carrier now. */
    boolean boxRegistered() {
        SipAccount a = SipSettings.account(context.settings());
        return a.configured() && carrier.isRegistered(a.user());
    }

    /** Faults act on the device they are given (a scenario is checked against one device, run on another). */
    static SimulatedCarrier carrierOf(DeviceContext c) {
        return c.feature(CarrierFaults.class).map(CarrierFaults::carrier)
                .orElseThrow(() -> new IllegalStateException("this device has no simulated SIP carrier"));
    }

}
