package org.voipgw.agent.assembly;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.voipgw.agent.sip.SipSettings;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;

/**
 * SIP for {@code voipgw demo} (issue 5): unless the user set {@code sip.registrar}, an
 * {@link EmbeddedRegistrar} on 127.0.0.1 with one subscriber, and the settings that point the gateway at
 * it. The demo's box ({@link DeviceAssembly#demo}) registers over real UDP with no outside server.
 *
 * <pre>{@code
 * DemoSip sip = DemoSip.prepare(userSettings, random);      // before assembling the device
 * Device d = DeviceAssembly.demo(model, loop, flashDir, JainSipPort::open);
 * d.set(sip.settings());                                    // user settings + the demo account
 * ...
 * sip.close();                                              // after the device shut down
 * }</pre>
 */
public final class DemoSip implements AutoCloseable {
    /** The demo's subscriber: a number-like SIP user as the carrier issues them. */
    public static final String DEMO_USER = "0312345678";
    public static final String DEMO_REALM = "voipgw.demo";
    /** The demo carrier's answering far end: rings 1 s, answers, plays 1004 Hz. */
    public static final String DEMO_FAR_END = "0398765432";

    private final EmbeddedRegistrar registrar;
    private final Map<String, String> settings;

    private DemoSip(EmbeddedRegistrar registrar, Map<String, String> settings) {
        this.registrar = registrar;
        this.settings = settings;
    }

    public static DemoSip prepare(Map<String, String> userSettings, RandomGenerator random) {
        Map<String, String> all = new LinkedHashMap<>();
        EmbeddedRegistrar registrar = null;
        String configured = userSettings.getOrDefault(SipSettings.REGISTRAR, "");
        if (configured.isEmpty()) {
            String password = "demo-" + Long.toHexString(random.nextLong());
            registrar = EmbeddedRegistrar.start("127.0.0.1", 0, DEMO_REALM, Map.of(DEMO_USER, password));
            registrar.answerCalls(Set.of(DEMO_FAR_END));
            all.putAll(registrar.accountSettings(DEMO_USER));
            all.put(SipSettings.NUMBER, DEMO_USER);
        }
        all.putAll(userSettings);
        return new DemoSip(registrar, Map.copyOf(all));
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
