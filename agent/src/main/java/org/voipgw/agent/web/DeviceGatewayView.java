package org.voipgw.agent.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.settings.Settings;
import org.voipgw.boards.GatewayModel;
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
import org.voipgw.webui.RegistrationView;
import org.voipgw.webui.SipAccountView;

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

    @Override
    public LampExplainer lampExplainer() {
        return LampCatalogue::find;
    }

    @Override
    public List<PppoeSessionView> pppoeSessions() {
        return EventLoop.call(device.scheduler(), () -> {
            List<PppoeSessionView> out = new ArrayList<>();
            Settings s = device.settings();
            DeviceStatus st = device.status();
            for (int n = 1; n <= DeviceStatus.PPP_SESSIONS; n++) {
                String p = "pppoe." + n + ".";
                out.add(new PppoeSessionView(n, bool(s, p + "enabled"),
                        PppoeMode.find(text(s, p + "mode", "always")).orElse(PppoeMode.ALWAYS),
                        text(s, p + "user", ""), !text(s, p + "password", "").isEmpty(), text(s, p + "service", ""),
                        number(s, p + "mtu", 1492), number(s, p + "idle", 0), number(s, p + "echo-interval", 0),
                        number(s, p + "echo-failures", 0), st.ppp().get(n - 1), PppoeDetails.address(device, n),
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
    public SipAccountView sipAccount() {
        return EventLoop.call(device.scheduler(), () -> {
            Settings s = device.settings();
            return new SipAccountView(text(s, "sip.user", ""), !text(s, "sip.password", "").isEmpty(),
                    text(s, "sip.domain", ""), text(s, "sip.registrar", ""), text(s, "sip.proxy", ""),
                    text(s, "sip.number", ""), text(s, "sip.transport", "udp"), number(s, "sip.expires", 3600));
        });
    }

    @Override
    public List<String> recentLog(int max) {
        List<String> all = device.log().recent();
        return all.subList(Math.max(0, all.size() - max), all.size());
    }

    private static String text(Settings s, String key, String absent) {
        return s.key(key).isPresent() ? s.get(key) : absent;
    }

    private static boolean bool(Settings s, String key) {
        return Boolean.parseBoolean(text(s, key, "false"));
    }

    private static int number(Settings s, String key, int absent) {
        try {
            return Integer.parseInt(text(s, key, Integer.toString(absent)).trim());
        } catch (NumberFormatException e) {
            return absent;
        }
    }
}
