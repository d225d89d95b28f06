package org.voipgw.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;

/**
 * The real-peer call bench: Kamailio as the carrier's registrar and record-routing proxy, baresip registered
 * at it as the far-end phone, and a gateway of one model running in real time (its PBX side simulated, SIP
 * over jain-sip, RTP over UDP) registered there as {@link #GW_USER}. Both are registered when it is returned;
 * the test drives the gateway by its scenario words ({@link Prompt}) and baresip over ctrl_tcp.
 */
final class CarrierWithBaresip implements AutoCloseable, DrivesGateway {
    /** The gateway's account (its registered number). */
    static final String GW_USER = "0312345678";
    /** baresip's number at the carrier. */
    static final String PHONE = "0398765432";
    private static final String GW_PASSWORD = "gw-Secret-7";
    private static final String PHONE_PASSWORD = "phone-secret";

    final Kamailio kamailio;
    final Baresip baresip;
    final RunningGateway gw;

    private CarrierWithBaresip(Kamailio kamailio, Baresip baresip, RunningGateway gw) {
        this.kamailio = kamailio;
        this.baresip = baresip;
        this.gw = gw;
    }

    /**
     * Starts the three, in a new temporary folder named after {@code name}.
     *
     * @param baresipHz what baresip's microphone plays
     * @param settings  the gateway's settings besides its SIP account (e.g. 着信番号変換, {@code fxs.N.number})
     */
    static CarrierWithBaresip start(String name, GatewayModel model, double baresipHz, Map<String, String> settings) {
        Kamailio kamailio = null;
        Baresip baresip = null;
        RunningGateway gw = null;
        try {
            Path dir = Files.createTempDirectory("voipgw-" + name + "-");
            kamailio = new Kamailio(Files.createDirectories(dir.resolve("kamailio")), Peers.freeUdpPort("127.0.0.1"),
                    Map.of(GW_USER, GW_PASSWORD, PHONE, PHONE_PASSWORD), true);
            kamailio.start();
            baresip = new Baresip(Files.createDirectories(dir.resolve("baresip")), PHONE, PHONE_PASSWORD,
                    kamailio.hostPort(), baresipHz, true);
            Path flash = Files.createDirectories(dir.resolve("flash"));
            Map<String, String> all = new HashMap<>(settings);
            all.putAll(Map.of("sip.registrar", kamailio.hostPort(), "sip.user", GW_USER, "sip.password", GW_PASSWORD,
                    "sip.domain", "127.0.0.1", "sip.number", GW_USER,
                    "sip.local", "127.0.0.1:" + Peers.freeUdpPort("127.0.0.1")));
            gw = RunningGateway.start(model, flash, all, InetSocketAddress.createUnresolved("127.0.0.1", 0),
                    loop -> DeviceAssembly.demo(model, loop, flash, JainSipPort::open));
            CarrierWithBaresip bench = new CarrierWithBaresip(kamailio, baresip, gw);
            Kamailio k = kamailio;
            Waits.until("the gateway registered at Kamailio", 20,
                    () -> bench.read(d -> d.status().registration()) == RegistrationState.REGISTERED);
            Waits.until("baresip registered at Kamailio", 20, () -> k.locationTable().contains(PHONE));
            return bench;
        } catch (IOException e) {
            closeAll(gw, baresip, kamailio);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | AssertionError e) {
            closeAll(gw, baresip, kamailio);
            throw e;
        }
    }

    @Override
    public RunningGateway gateway() {
        return gw;
    }

    @Override
    public void close() {
        closeAll(gw, baresip, kamailio);
    }

    private static void closeAll(RunningGateway gw, Baresip baresip, Kamailio kamailio) {
        if (gw != null) {
            gw.close();
        }
        if (baresip != null) {
            baresip.close();
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }
}
