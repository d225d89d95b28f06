package org.voipgw.agent.web;

import org.voipgw.agent.fxs.FxsSide;

import org.voipgw.agent.callmedia.MediaStats;

import org.voipgw.agent.calls.CallFeature;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.call.NumberConversion;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.firmware.FirmwareFeature;
import org.voipgw.agent.firmware.Slot;
import org.voipgw.agent.firmware.SlotState;
import org.voipgw.agent.firmware.SlotsView;
import org.voipgw.webui.FirmwareView;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.isdn.DataLinkStatus;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.agent.sip.SipSettings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.ModelSpec;
import org.voipgw.boards.PbxInterface;
import org.voipgw.led.ClockRole;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampPanel;
import org.voipgw.led.Text;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.webui.CallRecordView;
import org.voipgw.webui.CallView;
import org.voipgw.webui.ConversionRow;
import org.voipgw.webui.FieldError;
import org.voipgw.webui.FxsLevels;
import org.voipgw.webui.FxsPortSettingsView;
import org.voipgw.webui.FxsPortView;
import org.voipgw.webui.GatewayView;
import org.voipgw.webui.LampExplainer;
import org.voipgw.webui.ModelInfo;
import org.voipgw.webui.PppoeSessionView;
import org.voipgw.webui.IsdnPortView;
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
        this.model = new ModelInfo(m.ascii(), m.roman(), m.device(), m.family(), m.spec().webUi().address(),
                fxsPorts(m));
    }

    @Override
    public ModelInfo model() {
        return model;
    }

    @Override
    public String firmwareVersion() {
        return device.status().firmware().running();
    }

    /** The slots' picture and the last refusal are published for any thread by the firmware feature. */
    @Override
    public Optional<FirmwareView> firmware() {
        return device.feature(FirmwareFeature.class).map(f -> {
            SlotsView v = f.slots().view();
            List<FirmwareView.SlotRow> rows = new ArrayList<>();
            for (Slot s : Slot.values()) {
                SlotState st = v.slots().get(s);
                Text problem = st == null ? null : st.writing() ? Text.of("書き込み中", "being written")
                        : st.problem() == null ? null : st.problem().text();
                rows.add(new FirmwareView.SlotRow(s.name(), st == null || st.version() == null ? null : st.version().text(),
                        st != null && st.factory(), s == v.pending(), problem));
            }
            FirmwareView.Refused refused = f.lastRefused().map(r -> new FirmwareView.Refused(r.at().toString(), r.version(),
                    r.reason().text())).orElse(null);
            return new FirmwareView(v.active().name(), rows, refused);
        });
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
                        c.mode(), c.user(), !c.password().isEmpty(),
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

    /** Ⅲ/Ⅳ: the spec sheet's PBX-side 口数 when the interface is FXS (guide 4245–4249); 0 on the ISDN models. */
    static int fxsPorts(GatewayModel m) {
        ModelSpec.Pbx pbx = m.spec().pbx();
        return pbx.kind() == PbxInterface.FXS ? pbx.ports() : 0;
    }

    /**
     * The calls in progress, from the calls feature's core: port and B channel from the PBX leg, codec, RTP
     * counts, loss and jitter from the call's media ({@link CallLegFigures}).
     */
    @Override
    public List<CallView> callsInProgress() {
        return EventLoop.call(device.scheduler(), () -> device.feature(CallFeature.class).map(f -> f.core().active()
                .stream().map(c -> {
                    MediaStats m = f.media(c.id());
                    return CallViews.inProgress(c, new CallLegFigures(c.channel(), m.codec(), m.packetsSent(),
                            m.packetsReceived(), m.lost(), m.jitterMillis()));
                }).toList()).orElse(List.of()));
    }

    /** The last 50 calls, newest first, from the calls feature's core. */
    @Override
    public List<CallRecordView> recentCalls() {
        return EventLoop.call(device.scheduler(), () -> device.feature(CallFeature.class)
                .map(f -> f.core().history().stream().map(CallViews::ended).toList()).orElse(List.of()));
    }

    /** 着信番号変換 as stored: {@code conversion.N.from|to}, N = 1…10 (empty rows while the keys are not registered). */
    @Override
    public List<ConversionRow> numberConversion() {
        return EventLoop.call(device.scheduler(), () -> {
            List<ConversionRow> rows = new ArrayList<>();
            for (int n = 1; n <= NumberConversion.MAX_ENTRIES; n++) {
                rows.add(new ConversionRow(n, stored(ConversionRow.key(n, "from"), ""), stored(ConversionRow.key(n, "to"), "")));
            }
            return rows;
        });
    }

    /**
     * Checks the whole table with the call core's own rules ({@link NumberConversion#parse}: digits only, at
     * most 32, no {@code from} twice, both numbers of a used row), then stores all 20 settings in one
     * all-or-nothing {@code Settings.apply}; the calls feature reads them back from there.
     */
    @Override
    public List<FieldError> saveNumberConversion(List<ConversionRow> rows) {
        return EventLoop.call(device.scheduler(), () -> {
            List<NumberConversion.Entry> entries = rows.stream()
                    .map(r -> new NumberConversion.Entry(r.row(), r.from(), r.to())).toList();
            List<NumberConversion.Problem> problems = NumberConversion.parse(entries).problems();
            if (!problems.isEmpty()) {
                return problems.stream()
                        .map(p -> FieldError.ofEnglish(ConversionRow.key(p.row(), p.field()), p.message())).toList();
            }
            Map<String, String> changes = new LinkedHashMap<>();
            for (ConversionRow r : rows) {
                changes.put(ConversionRow.key(r.row(), "from"), r.from());
                changes.put(ConversionRow.key(r.row(), "to"), r.to());
            }
            return device.set(changes).stream().map(e -> FieldError.ofEnglish(e.key(), e.message())).toList();
        });
    }

    /** Each FXS port's state and last number (Ⅲ/Ⅳ), from the running FXS side; none while off or elsewhere. */
    @Override
    public List<FxsPortView> fxsPorts() {
        return EventLoop.call(device.scheduler(), () -> device.feature(FxsSide.class).flatMap(FxsSide::runningPorts)
                .map(FxsPortViews::of).orElse(List.of()));
    }

    /** {@code fxs.N.callerid|digitmap} as stored; their defaults (caller ID on, the plan) while unregistered. */
    @Override
    public List<FxsPortSettingsView> fxsPortSettings() {
        return EventLoop.call(device.scheduler(), () -> {
            List<FxsPortSettingsView> out = new ArrayList<>();
            for (int n = 1; n <= model.fxsPorts(); n++) {
                out.add(new FxsPortSettingsView(n,
                        !"off".equals(stored(FxsPortSettingsView.key(n, "callerid"), "on")),
                        stored(FxsPortSettingsView.key(n, "digitmap"), "")));
            }
            return out;
        });
    }

    /** The analog ports' gains and the FAX advice, from the model's spec sheet (guide 5003, 4982–4997). */
    @Override
    public Optional<FxsLevels> fxsLevels() {
        ModelSpec spec = device.model().spec();
        ModelSpec.Gains g = spec.gains();
        if (model.fxsPorts() == 0 || g.analogPortSendDb().isEmpty() || g.analogPortReceiveDb().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FxsLevels(g.analogPortSendDb().getAsInt(), g.analogPortReceiveDb().getAsInt(),
                spec.fax().recommendedSendDb(), spec.fax().recommendedReceiveDb()));
    }

    /** A setting's value, or {@code absent} while no feature has registered the key. Event loop only. */
    private String stored(String key, String absent) {
        return device.settings().key(key).isPresent() ? device.settings().get(key) : absent;
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
