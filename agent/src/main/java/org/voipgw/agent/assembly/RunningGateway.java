package org.voipgw.agent.assembly;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tinylog.Logger;
import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.live.GpioPanel;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.agent.web.DeviceGatewayView;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.webui.MillisClock;
import org.voipgw.webui.WebUiConfig;
import org.voipgw.webui.WebUiServer;

/**
 * A gateway running in real time: its event loop, the device, the local web UI it serves, and for a live
 * box its GPIO front panel. What {@code voipgw demo} and {@code voipgw run} start, and what the end-to-end
 * tests start in-process. Closing it shuts the device down in order (goodbyes sent, log saved), closes
 * every feature's edges, then the front panel, the web UI, the loop and the demo's peers, in that order.
 */
public final class RunningGateway implements AutoCloseable {
    private final SystemScheduler loop;
    private final Device device;
    private final WebUiServer web;
    private final List<String> notes = new ArrayList<>();
    private final List<AutoCloseable> closeLast = new ArrayList<>();
    private boolean audioWrittenAtClose;

    private RunningGateway(SystemScheduler loop, Device device, WebUiServer web) {
        this.loop = loop;
        this.device = device;
        this.web = web;
    }

    /**
     * The demo's box ({@link DeviceAssembly#demo}) with {@code settings} applied first (all or nothing: bad
     * settings throw {@link IllegalArgumentException} naming them, nothing runs), serving its web UI on
     * {@code webBind} (port 0 picks one).
     */
    public static RunningGateway simulated(GatewayModel model, Path flashDir, Map<String, String> settings,
                                           InetSocketAddress webBind) {
        // SIP for real: to the embedded registrar on 127.0.0.1 unless sip.registrar names another
        DemoSip sip = DemoSip.prepare(settings, new SecureRandom());
        RunningGateway gw;
        try {
            gw = start(model, flashDir, sip.settings(), webBind,
                    loop -> DeviceAssembly.demo(model, loop, flashDir, JainSipPort::open, sip.registrar()));
        } catch (RuntimeException e) {
            sip.close();
            throw e;
        }
        gw.closeLast.add(sip);
        sip.registrar().ifPresent(r -> {
            gw.notes.add("SIP: registering over UDP to the embedded registrar at " + r.hostPort() + " as "
                    + DemoSip.DEMO_USER);
            if (model.spec().pbx().kind() == PbxInterface.FXS) {
                gw.notes.add("calls to try: 'phone 1 offhook', then 'phone 1 dial " + DemoSip.DEMO_FAR_END + "' (the demo "
                        + "far end rings 1 s, answers, plays 1004 Hz), 'phone 1 onhook'; 'ip.call " + DemoSip.DEMO_USER
                        + "' rings a phone ('phone 1 offhook' answers); 'phones' lists the ports");
            } else {
                String port = model == GatewayModel.VIII ? "pri" : "bri1";
                gw.notes.add("calls to try: 'pbx.call " + port + " " + DemoSip.DEMO_FAR_END + "' (the demo far end "
                        + "rings 1 s, answers, plays 1004 Hz; 'pbx.hangup " + port + "' ends it), 'ip.call "
                        + DemoSip.DEMO_USER + "' (it calls the box; 'pbx.answer " + port + "'), 'calls' in the web UI");
            }
        });
        gw.notes.add("simulated ISP (PPPoE) account: user " + SimulatedAccessConcentrator.DEMO_ACCOUNT.user()
                + "  password " + SimulatedAccessConcentrator.DEMO_ACCOUNT.password());
        return gw;
    }

    /**
     * The live box ({@link DeviceAssembly#live}) on this machine's interfaces ({@code wanIf}, {@code lanIfs}
     * under /sys/class/net), with {@code settings} applied first (e.g. the ISDN ports' {@code PORT.transport}
     * from {@code --isdn}), with its lamps and switches on GPIO when {@code gpio}.
     *
     * @throws IllegalStateException when GPIO was asked for and is not available (nothing keeps running)
     */
    public static RunningGateway live(GatewayModel model, Path flashDir, Map<String, String> settings,
                                      InetSocketAddress webBind, String wanIf, List<String> lanIfs, boolean gpio) {
        RunningGateway gw = start(model, flashDir, settings, webBind,
                loop -> DeviceAssembly.live(model, loop, flashDir, Path.of("/sys/class/net"), wanIf, lanIfs));
        if (gpio) {
            try {
                Context pi4j = Pi4J.newAutoContext();
                gw.closeLast.addFirst(pi4j::shutdown);
                GpioPanel panel = EventLoop.call(gw.loop, () -> new GpioPanel(pi4j, gw.device));
                gw.closeLast.addFirst(panel);
            } catch (RuntimeException e) {
                gw.close();
                throw new IllegalStateException("GPIO is not available here (" + e.getMessage()
                        + "); --gpio needs a Raspberry Pi with /dev/gpiochip0 (pi4j gpiod plugin)", e);
            }
        }
        boolean lines = EventLoop.call(gw.loop, () -> gw.device.feature(IsdnSide.class)
                .map(IsdnSide::hasLineInterface).orElse(true));
        if (!lines) {
            gw.notes.add("PBX side: no line interface is configured, so the " + (model == GatewayModel.VIII ? "PRI span"
                    : "BRI ports") + " cannot reach the PBX; the ports show link down"
                    + (model == GatewayModel.VIII ? " (PRI lamp red-blink)" : "") + " until one is");
        }
        return gw;
    }

    /** As {@link #simulated}, with the device assembled by {@code assemble} on the new event loop. */
    public static RunningGateway start(GatewayModel model, Path flashDir, Map<String, String> settings,
                                       InetSocketAddress webBind, Function<SystemScheduler, Device> assemble) {
        SystemScheduler loop = new SystemScheduler(model.ascii());
        Device device = EventLoop.call(loop, () -> assemble.apply(loop));
        List<SettingError> refused = EventLoop.call(loop, () -> device.set(settings));
        if (!refused.isEmpty()) {
            EventLoop.run(loop, device::close);
            loop.close();
            throw new IllegalArgumentException("settings refused, nothing started: " + refused);
        }
        WebUiServer web;
        try {
            InetSocketAddress bind = new InetSocketAddress(webBind.getHostString(), webBind.getPort());
            web = WebUiServer.start(new DeviceGatewayView(device), WebUiConfig.of(bind,
                    flashDir.resolve("webui-credentials.json"), new MillisClock(loop::millis, ZoneId.systemDefault())));
        } catch (IOException e) {
            EventLoop.run(loop, device::close);
            loop.close();
            throw new UncheckedIOException("the web UI cannot listen on " + webBind.getHostString() + ":"
                    + webBind.getPort() + " (" + e.getMessage() + "); choose another with --web HOST:PORT", e);
        }
        EventLoop.run(loop, () -> {
            device.onFactoryReset(web::factoryReset);
            device.powerOn();
        });
        return new RunningGateway(loop, device, web);
    }

    public Device device() {
        return device;
    }

    public SystemScheduler loop() {
        return loop;
    }

    /**
     * Records what the box carries as {@code scenario run --audio} does, from now on: each call's audio when it
     * ends ({@code dir/<prefix>-<port>-<n>-to-pbx.wav} / {@code …-from-pbx.wav}) and, on Ⅲ/Ⅳ, each FXS line's
     * audio both ways ({@code dir/<prefix>-fxsN-to-phone.wav} / {@code …-from-phone.wav}), written when the
     * gateway closes (or at any time by {@link FxsSide#writeAudio}).
     */
    public void recordAudioTo(Path dir, String prefix) {
        boolean first = EventLoop.call(loop, () -> {
            device.feature(CallFeature.class).ifPresent(c -> c.recordAudioTo(dir, prefix));
            Optional<FxsSide> fxs = device.feature(FxsSide.class);
            fxs.ifPresent(f -> f.recordAudioTo(dir, prefix));
            return fxs.isPresent() && !audioWrittenAtClose;
        });
        if (first) {
            audioWrittenAtClose = true;
            closeLast.add(() -> EventLoop.run(loop, () -> device.feature(FxsSide.class).ifPresent(FxsSide::writeAudio)));
        }
    }

    /** The web UI's URL, e.g. http://127.0.0.1:8080/. */
    public String webUrl() {
        InetSocketAddress a = web.address();
        return "http://" + a.getHostString() + ":" + a.getPort() + "/";
    }

    /** Lines for the person starting it (e.g. the simulated ISP's account, a PBX side without line interface). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() {
        try {
            EventLoop.run(loop, device::shutdownOrderly);
            EventLoop.run(loop, device::close);
        } finally {
            for (AutoCloseable c : closeLast) {
                closeQuietly(c);
            }
            web.close();
            loop.close();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            Logger.warn("closing {}: {}", c, e.getMessage());
        }
    }
}
