package org.voipgw.agent.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.webui.CallRecordView;
import org.voipgw.webui.CallView;
import org.voipgw.webui.CallWay;
import org.voipgw.webui.ConversionRow;
import org.voipgw.webui.FieldError;
import org.voipgw.webui.FxsLevels;
import org.voipgw.webui.FxsPortSettingsView;

/** The web UI's new views over a real device: 着信番号変換 with the call core's rules, FXS figures, call rows. */
class DeviceGatewayViewTest {
    private final SystemScheduler loop = new SystemScheduler("web-view-test");

    /**
     * Registers {@code conversion.N.from|to} as the calls feature will (any text: the whole-table check is
     * the point), so a save can land.
     */
    private static final class ConversionKeys implements DeviceFeature {
        static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
            @Override
            public List<SettingKey> settings(GatewayModel model) {
                List<SettingKey> keys = new ArrayList<>();
                for (int n = 1; n <= 10; n++) {
                    keys.add(new SettingKey(ConversionRow.key(n, "from"), "digits", "", false, v -> Optional.empty()));
                    keys.add(new SettingKey(ConversionRow.key(n, "to"), "digits", "", false, v -> Optional.empty()));
                }
                return keys;
            }
        };

        @Override
        public FeatureVocabulary vocabulary() {
            return VOCABULARY;
        }

        @Override
        public void attach(DeviceContext context) {
        }
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    private DeviceGatewayView view(GatewayModel m, DeviceFeature... features) {
        Device d = EventLoop.call(loop, () -> new Device(m, loop, null, DeviceAssembly.FACTORY_FIRMWARE, List.of(features)));
        return new DeviceGatewayView(d);
    }

    private static List<ConversionRow> table(ConversionRow... used) {
        List<ConversionRow> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            rows.add(new ConversionRow(n, "", ""));
        }
        for (ConversionRow r : used) {
            rows.set(r.row() - 1, r);
        }
        return rows;
    }

    @Test
    void aGoodTableIsStoredWholeAndReadBack() {
        DeviceGatewayView v = view(GatewayModel.VIII, new ConversionKeys());
        assertEquals(table(), v.numberConversion());
        List<ConversionRow> good = table(new ConversionRow(1, "0312345678", "201"), new ConversionRow(10, "0312345679", "202"));
        assertEquals(List.of(), v.saveNumberConversion(good));
        assertEquals(good, v.numberConversion());
    }

    @Test
    void badInputIsRefusedPerFieldAndNothingIsStored() {
        DeviceGatewayView v = view(GatewayModel.VIII, new ConversionKeys());
        ConversionRow fine = new ConversionRow(1, "0312345678", "201");
        assertRefused(v, List.of("conversion.2.from"), fine, new ConversionRow(2, "03abc", "202"));
        assertRefused(v, List.of("conversion.2.to"), fine, new ConversionRow(2, "0312345670", "1".repeat(33)));
        assertRefused(v, List.of("conversion.2.from"), fine, new ConversionRow(2, "0312345678", "202"));
        assertRefused(v, List.of("conversion.2.from"), fine, new ConversionRow(2, "０３１２３４５６７０", "202"));
        assertRefused(v, List.of("conversion.2.to"), fine, new ConversionRow(2, "0312345670", ""));
        assertEquals(List.of(), v.saveNumberConversion(table(fine, new ConversionRow(2, "0312345670", "1".repeat(32)))),
                "32 digits are allowed");
    }

    private static void assertRefused(DeviceGatewayView v, List<String> keys, ConversionRow... rows) {
        List<ConversionRow> before = v.numberConversion();
        List<FieldError> errors = v.saveNumberConversion(table(rows));
        assertEquals(keys, errors.stream().map(FieldError::key).toList(), List.of(rows).toString());
        assertTrue(errors.stream().allMatch(e -> e.message().ja().startsWith("入力値が正しくありません")));
        assertEquals(before, v.numberConversion(), "nothing stored");
    }

    @Test
    void untilTheCallsFeatureRegistersTheKeysASaveIsRefusedNotLost() {
        DeviceGatewayView v = view(GatewayModel.VIII);
        assertEquals(table(), v.numberConversion());
        List<FieldError> errors = v.saveNumberConversion(table(new ConversionRow(1, "0312345678", "201")));
        assertEquals(20, errors.size(), "every key refused as unknown");
        assertTrue(errors.get(0).message().en().startsWith("unknown setting"));
    }

    @Test
    void fxsPortsAndLevelsComeFromTheSpecSheet() {
        DeviceGatewayView iii = view(GatewayModel.III);
        assertEquals(4, iii.model().fxsPorts());
        assertEquals(Optional.of(new FxsLevels(-4, -12, -8, -8)), iii.fxsLevels(), "guide 5003 and 4997");
        assertEquals(List.of(new FxsPortSettingsView(1, true, ""), new FxsPortSettingsView(2, true, ""),
                new FxsPortSettingsView(3, true, ""), new FxsPortSettingsView(4, true, "")), iii.fxsPortSettings());
        assertEquals(8, view(GatewayModel.IV).model().fxsPorts());
        DeviceGatewayView viii = view(GatewayModel.VIII);
        assertEquals(0, viii.model().fxsPorts());
        assertEquals(Optional.empty(), viii.fxsLevels());
        assertEquals(List.of(), viii.fxsPortSettings());
        assertEquals(0, view(GatewayModel.VI).model().fxsPorts(), "BRI, not FXS");
    }

    @Test
    void callsBecomeTheWebUisRows() {
        VirtualClock clock = new VirtualClock();
        CallCore core = new CallCore(clock, 23, () -> true);
        Call call = ((Admission.Admitted) core.fromPbx("pri", "0501234567", CallingParty.allowed("0312345678"))).call();
        clock.advance(Duration.ofSeconds(3));
        call.answered(CallSide.IP);
        clock.advance(Duration.ofSeconds(65));
        CallView row = CallViews.inProgress(call, new CallLegFigures(5, "PCMU", 3250, 3249, 2, 1.25));
        assertEquals(new CallView("pri", 5, CallWay.OUTGOING, "0312345678", "0501234567", Duration.ofSeconds(65),
                "PCMU", 3250, 3249, 2, 1.25), row);
        Call withheld = ((Admission.Admitted) core.toPbx("pri", "0312345678",
                new CallingParty("09011112222", CallingParty.Presentation.RESTRICTED))).call();
        assertEquals("", CallViews.inProgress(withheld, CallLegFigures.NONE).calling(), "a withheld number stays hidden");
        assertEquals(CallWay.INCOMING, CallViews.inProgress(withheld, CallLegFigures.NONE).direction());
        call.released(CallSide.PBX, 16);
        CallRecordView ended = CallViews.ended(core.history().get(0));
        assertEquals(new CallRecordView(call.started(), CallWay.OUTGOING, "pri", "0312345678", "0501234567",
                Duration.ofSeconds(65), 16), ended);
    }
}
