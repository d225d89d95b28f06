package org.voipgw.agent.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceAssembly;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.agent.sip.SipDemo;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.web.DeviceGatewayView;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.webui.MillisClock;
import org.voipgw.webui.WebUiConfig;
import org.voipgw.webui.WebUiServer;

/**
 * A simulated gateway running in real time: its event loop, the device, and the local web UI it
 * serves. What the demo runs, and what the end-to-end tests start in-process. Closing it shuts the
 * device down in order (goodbyes sent, log saved) and stops the web UI.
 */
public final class RunningGateway implements AutoCloseable {
    private final SystemScheduler loop;
    private final Device device;
    private final WebUiServer web;
    private final List<String> notes;
    private final List<Runnable> closeLast = new ArrayList<>();

    private RunningGateway(SystemScheduler loop, Device device, WebUiServer web, List<String> notes) {
        this.loop = loop;
        this.device = device;
        this.web = web;
        this.notes = notes;
    }

    /**
     * Assembles and powers on a simulated {@code model} with {@code settings} applied first (all
     * or nothing: bad settings throw {@link IllegalArgumentException} naming them, nothing runs),
     * serving its web UI on {@code webBind} (port 0 picks one).
     */
    public static RunningGateway simulated(GatewayModel model, Path flashDir, Map<String, String> settings,
                                           InetSocketAddress webBind) {
        // SIP for real: to the embedded registrar on 127.0.0.1 unless sip.registrar names another
        SipDemo sip = SipDemo.prepare(settings, new SecureRandom());
        RunningGateway gw;
        try {
            gw = start(model, flashDir, sip.settings(), webBind,
                    loop -> DeviceAssembly.simulated(model, loop, flashDir, sip.feature()));
        } catch (RuntimeException e) {
            sip.close();
            throw e;
        }
        gw.closeLast.add(sip::close);
        sip.registrar().ifPresent(r -> gw.notes.add("SIP: registering over UDP to the embedded registrar at "
                + r.hostPort() + " as " + SipDemo.DEMO_USER));
        // the demo's ISP knows one account, so a wrong password fails as it would in the field
        EventLoop.run(gw.loop, () -> gw.device.feature(PppoeFeature.class).flatMap(PppoeFeature::isp)
                .ifPresent(isp -> isp.setUsualAccounts(List.of(SimulatedAccessConcentrator.DEMO_ACCOUNT))));
        gw.notes.add("simulated ISP (PPPoE) account: user " + SimulatedAccessConcentrator.DEMO_ACCOUNT.user()
                + "  password " + SimulatedAccessConcentrator.DEMO_ACCOUNT.password());
        return gw;
    }

    /** As {@link #simulated}, with the device assembled by {@code assemble} on the new event loop. */
    public static RunningGateway start(GatewayModel model, Path flashDir, Map<String, String> settings,
                                       InetSocketAddress webBind, Function<SystemScheduler, Device> assemble) {
        SystemScheduler loop = new SystemScheduler(model.ascii());
        List<String> notes = new ArrayList<>();
        Device device = EventLoop.call(loop, () -> assemble.apply(loop));
        List<SettingError> refused = EventLoop.call(loop, () -> device.set(settings));
        if (!refused.isEmpty()) {
            loop.close();
            throw new IllegalArgumentException("settings refused, nothing started: " + refused);
        }
        WebUiServer web;
        try {
            InetSocketAddress bind = new InetSocketAddress(webBind.getHostString(), webBind.getPort());
            web = WebUiServer.start(new DeviceGatewayView(device), WebUiConfig.of(bind,
                    flashDir.resolve("webui-credentials.json"), new MillisClock(loop::millis, ZoneId.systemDefault())));
        } catch (IOException e) {
            loop.close();
            throw new UncheckedIOException("the web UI cannot listen on " + webBind.getHostString() + ":"
                    + webBind.getPort() + " (" + e.getMessage() + "); choose another with --web HOST:PORT", e);
        }
        EventLoop.run(loop, () -> {
            device.onFactoryReset(web::factoryReset);
            device.powerOn();
        });
        return new RunningGateway(loop, device, web, notes);
    }

    public Device device() {
        return device;
    }

    public SystemScheduler loop() {
        return loop;
    }

    /** The web UI's URL, e.g. http://127.0.0.1:8080/. */
    public String webUrl() {
        InetSocketAddress a = web.address();
        return "http://" + a.getHostString() + ":" + a.getPort() + "/";
    }

    /** Lines for the person starting it (e.g. the simulated ISP's account). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() {
        try {
            EventLoop.run(loop, device::shutdownOrderly);
            EventLoop.run(loop, () -> device.feature(PppoeFeature.class).ifPresent(PppoeFeature::close));
        } finally {
            web.close();
            loop.close();
            closeLast.forEach(Runnable::run);
        }
    }
}
