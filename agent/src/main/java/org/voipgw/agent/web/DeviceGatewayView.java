package org.voipgw.agent.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.isdn.DataLinkStatus;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.agent.sip.SipSettings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.ClockRole;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampPanel;
import org.voipgw.led.Text;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.webui.FieldError;
import org.voipgw.webui.GatewayView;
import org.voipgw.webui.LampExplainer;
import org.voipgw.webui.ModelInfo;
import org.voipgw.webui.PppoeMode;
import org.voipgw.webui.PppoeSessionView;
import org.voipgw.webui.IsdnPortView;
import org.voipgw.webui.RegistrationView;
import org.voipgw.webui.SipAccountView;
import java.util.Locale;

/**
 * The web UI's view of one device. Every call arrives on a web worker thread and is run on the
 * device's event loop ({@link EventLoop}), so device code stays single-threaded; the lamp panel and
 * firmware are immutable snapshots read directly.
 */
public final class DeviceGatewayView implements GatewayView {
    private final Device device;
    private final ModelInfo model;

    public DeviceGatewayView(Device device) {
        this.device = device;
        GatewayModel m = device.model();
        this.model = new ModelInfo(m.ascii(), m.roman(), m.device(), m.family(), m.spec().webUi().address());
    }

    @Override
    public ModelInfo model() {
        return model;
    }

    @Override
    public String firmwareVersion() {
        return device.status().firmware().running();
    }

    @Override
    public Duration uptime() {
        return Duration.ofMillis(Math.max(0, EventLoop.call(device.scheduler(), device::uptimeMillis)));
    }

    @Override
    public LampPanel lamps() {
        return device.panel();
    }

    /**
     * The guide's rows for a lamp state on this unit: what CLK off means depends on the clock source it is
     * set to (guide 4808–4811; Ⅲ/Ⅳ have none), which its status names.
     */
    @Override
    public LampExplainer lampExplainer() {
        boolean clockPort = device.model().clockRole() != ClockRole.NO_CLOCK_PORT;
        return (family, lamp, state) -> LampCatalogue.find(family,
                ClockRole.configured(device.status().clock().source(), clockPort), lamp, state);
    }

    @Override
    public List<PppoeSessionView> pppoeSessions() {
        return EventLoop.call(device.scheduler(), () -> {
            if (device.feature(PppoeFeature.class).isEmpty()) {
                return List.<PppoeSessionView>of();
            }
            List<PppoeSessionView> out = new ArrayList<>();
            DeviceStatus st = device.status();
            for (int n = 1; n <= DeviceStatus.PPP_SESSIONS; n++) {
                // the PPPoE client's own reading of its settings: one place knows the keys and defaults
                PppoeConfig c = PppoeConfig.from(device.settings(), n);
                out.add(new PppoeSessionView(n, c.enabled(),
                        PppoeMode.find(c.mode().word()).orElseThrow(), c.user(), !c.password().isEmpty(),
                        c.service(), c.mtu(), (int) c.idle().toSeconds(), (int) c.echoInterval().toSeconds(),
                        c.echoFailures(), st.ppp().get(n - 1), PppoeDetails.address(device, n),
                        PppoeDetails.retryAt(device, n)));
            }
            return out;
        });
    }

    @Override
    public Optional<Text> connectPppoe(int session) {
        return pppoeAction(session, "connect");
    }

    @Override
    public Optional<Text> disconnectPppoe(int session) {
        return pppoeAction(session, "disconnect");
    }

    private Optional<Text> pppoeAction(int session, String verb) {
        return EventLoop.call(device.scheduler(), () -> {
            Optional<PppoeFeature> f = device.feature(PppoeFeature.class);
            if (f.isEmpty()) {
                return Optional.of(Text.of("PPPoE機能がありません", "this device has no PPPoE client"));
            }
            if (verb.equals("disconnect")) {
                f.get().disconnect(session);
                return Optional.<Text>empty();
            }
            Optional<String> refused = f.get().connectRefusal(session);
            if (refused.isPresent()) {
                return Optional.of(Text.of("接続できません（" + refused.get() + "）", "cannot connect: " + refused.get()));
            }
            f.get().connect(session);
            return Optional.<Text>empty();
        });
    }

    @Override
    public List<FieldError> applySettings(Map<String, String> changes) {
        return EventLoop.call(device.scheduler(), () -> device.set(changes).stream()
                .map(e -> FieldError.ofEnglish(e.key(), e.message())).toList());
    }

    @Override
    public RegistrationView registration() {
        return EventLoop.call(device.scheduler(), () -> RegistrationDetails.view(device));
    }

    @Override
    public List<IsdnPortView> isdnPorts() {
        return EventLoop.call(device.scheduler(), () -> device.feature(IsdnSide.class).map(side -> side.dataLinks()
                .stream().map(DeviceGatewayView::isdnPort).toList()).orElse(List.of()));
    }

    private static IsdnPortView isdnPort(DataLinkStatus d) {
        return new IsdnPortView(d.port(), d.transport(), d.transportError(), d.layer1(),
                d.links().stream().map(l -> new IsdnPortView.DataLink(l.tei(), l.state(), l.established())).toList(),
                d.calls(), d.counters() == null ? -1 : d.counters().dropped());
    }

    @Override
    public SipAccountView sipAccount() {
        return EventLoop.call(device.scheduler(), () -> {
            if (device.feature(SipFeature.class).isEmpty()) {
                return new SipAccountView("", false, "", "", "", "", "udp", 0);
            }
            SipAccount a = SipSettings.account(device.settings()); // the SIP feature's reading of its keys
            return new SipAccountView(a.user(), !a.password().isEmpty(), a.domain(), a.registrar(), a.proxy(),
                    a.number(), a.transport().name().toLowerCase(Locale.ROOT), a.expires());
        });
    }

    /** DeviceLog is synchronized, so the web worker writes it directly (no trip through the event loop). */
    @Override
    public void securityEvent(String line) {
        device.log().warn(line);
    }

    @Override
    public List<String> recentLog(int max) {
        List<String> all = device.log().recent();
        return all.subList(Math.max(0, all.size() - max), all.size());
    }
}
