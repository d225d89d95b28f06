package org.voipgw.agent.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.voipgw.agent.sip.live.EmbeddedRegistrar;

/**
 * SIP for {@code voipgw demo} (issue 5): unless the user set {@code sip.registrar}, an
 * {@link EmbeddedRegistrar} on 127.0.0.1 with one subscriber, and the settings that point the gateway at
 * it; in both cases the live {@link SipFeature} to assemble in place of the simulated one, so the demo
 * registers over real UDP with no outside server.
 *
 * <pre>{@code
 * SipDemo sip = SipDemo.prepare(userSettings, random);      // before assembling the device
 * Device d = DeviceAssembly.simulated(model, loop, flashDir, sip.feature());
 * d.set(sip.settings());                                    // user settings + the demo account
 * ...
 * sip.close();                                              // after the device shut down
 * }</pre>
 */
public final class SipDemo implements AutoCloseable {
    /** The demo's subscriber: a number-like SIP user as the carrier issues them. */
    public static final String DEMO_USER = "0312345678";
    public static final String DEMO_REALM = "voipgw.demo";

    private final EmbeddedRegistrar registrar;
    private final SipFeature feature;
    private final Map<String, String> settings;

    private SipDemo(EmbeddedRegistrar registrar, SipFeature feature, Map<String, String> settings) {
        this.registrar = registrar;
        this.feature = feature;
        this.settings = settings;
    }

    public static SipDemo prepare(Map<String, String> userSettings, RandomGenerator random) {
        Map<String, String> all = new LinkedHashMap<>();
        EmbeddedRegistrar registrar = null;
        String configured = userSettings.getOrDefault(SipSettings.REGISTRAR, "");
        if (configured.isEmpty()) {
            String password = "demo-" + Long.toHexString(random.nextLong());
            registrar = EmbeddedRegistrar.start("127.0.0.1", 0, DEMO_REALM, Map.of(DEMO_USER, password));
            all.putAll(registrar.accountSettings(DEMO_USER));
            all.put(SipSettings.NUMBER, DEMO_USER);
        }
        all.putAll(userSettings);
        return new SipDemo(registrar, SipFeature.live(random), Map.copyOf(all));
    }

    /** The live SIP feature for the demo's device. */
    public SipFeature feature() {
        return feature;
    }

    /** The user's settings plus, with the embedded registrar, the account that registers to it. */
    public Map<String, String> settings() {
        return settings;
    }

    public Optional<EmbeddedRegistrar> registrar() {
        return Optional.ofNullable(registrar);
    }

    @Override
    public void close() {
        if (registrar != null) {
            registrar.close();
        }
    }
}
