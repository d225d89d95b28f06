package org.voipgw.boards;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Text;

/**
 * Every figure of one model's spec sheet (guide lines 3972–4300) plus what the troubleshooting pages
 * say about the model: web UI (4433–4445, 4727–4735), panel and switches (4302–4346, 4642–4669),
 * echo canceller, gains, FAX and clock sync (4866–5076). Immutable; built once in {@link SpecSheets}.
 *
 * @param pbx                the PBX-side interface
 * @param voipChannels       最大利用可能VoIPch数
 * @param clockPort          the BRI clock port (Ⅵ/Ⅶ/Ⅷ), empty on Ⅲ/Ⅳ
 * @param ethernet           WAN and LAN ports
 * @param router             ブロードバンドルータ機能
 * @param registerNumbers    "Resist機能" (sic, the guide's spelling of Register): numbers registered
 * @param numberConversion   着信番号変換
 * @param codec              圧縮
 * @param clockSyncWithPbx   whether the unit must take its clock from the PBX (Ⅵ–Ⅷ, the ISDN ones; line 4889)
 * @param pointToMultipoint  BRI point-to-multipoint limits (Ⅵ/Ⅶ only, lines 4186–4187)
 */
public record ModelSpec(
        GatewayModel model,
        String device,
        Text maker,
        Pbx pbx,
        VoipChannels voipChannels,
        Optional<ClockPort> clockPort,
        Ethernet ethernet,
        Router router,
        int registerNumbers,
        NumberConversion numberConversion,
        Text codec,
        Environment environment,
        Power power,
        Size size,
        double weightKg,
        List<Text> accessories,
        WebUi webUi,
        LampFamily lampFamily,
        List<GatewaySwitch> switches,
        EchoCanceller echoCanceller,
        Gains gains,
        Fax fax,
        boolean clockSyncWithPbx,
        Optional<PointToMultipoint> pointToMultipoint) {

    /** The guide's label for the Register row, kept as printed (lines 4044, 4137, 4259). */
    public static final String REGISTER_LABEL_AS_PRINTED = "Resist機能";

    public ModelSpec {
        Objects.requireNonNull(model);
        Objects.requireNonNull(device);
        Objects.requireNonNull(clockPort);
        Objects.requireNonNull(pointToMultipoint);
        accessories = List.copyOf(accessories);
        switches = List.copyOf(switches);
    }

    /** PBX側: IF分類, IF, ｺﾈｸﾀ, 口数, and the connection notes printed below the sheet. */
    public record Pbx(Text interfaceClass, PbxInterface kind, Text connector, int ports, List<Text> notes) {
        public Pbx {
            notes = List.copyOf(notes);
        }

        /**
         * The PBX-side port names the firmware and its scenarios use: {@code pri} for the one PRI span,
         * {@code bri1…} or {@code fxs1…} counted up from 1 as the sheet's 口数 gives them.
         */
        public List<String> portNames() {
            if (kind == PbxInterface.PRI) {
                return List.of("pri");
            }
            String prefix = kind == PbxInterface.BRI ? "bri" : "fxs";
            return IntStream.rangeClosed(1, ports).mapToObj(n -> prefix + n).toList();
        }
    }

    /** 最大利用可能VoIPch数, printed as {@code total ch（perPort ch×ports）}. */
    public record VoipChannels(int perPort, int ports) {
        public int total() {
            return perPort * ports;
        }

        /** As the sheet prints it, e.g. 23ch（23ch×1）. */
        public String printed() {
            return total() + "ch（" + perPort + "ch×" + ports + "）";
        }
    }

    /** The BRI clock port: Ⅷ's "BRI(CLK)" (4031–4037), Ⅵ/Ⅶ's "CLKポート(S/T点)" (4122–4129). */
    public record ClockPort(Text label, PbxInterface kind, Text connector, int ports, Optional<Text> note) {
    }

    /** WAN and LAN: IF, ｺﾈｸﾀ, 口数 (identical on all five sheets: 4003–4017, 4092–4106, 4220–4234). */
    public record Ethernet(String interfaces, String connector, int wanPorts, int lanPorts) {
    }

    /** ブロードバンドルータ機能; the UPnP wording differs per sheet and is kept as printed. */
    public record Router(int pppoeMaxSessions, String fixedIp, String upnpAsPrinted) {
    }

    /** 着信番号変換: 発信時 "－" (none), 着信時 N numbers. */
    public record NumberConversion(OptionalInt outgoingNumbers, int incomingNumbers) {
    }

    /** 温度、湿度 0-40℃, 30%～80%（結露しないこと）. */
    public record Environment(int minCelsius, int maxCelsius, int minHumidityPercent, int maxHumidityPercent,
            boolean nonCondensing) {
    }

    /** 電源条件: supply plus a figure that is a maximum (Ⅷ, W) or an approximation (family, VA). */
    public record Power(String supply, int value, String unit, boolean maximum, Text asPrinted) {
    }

    /** 外形寸法 in millimetres, W×D×H. */
    public record Size(int widthMm, int depthMm, int heightMm) {
        public String printed() {
            return widthMm + "(W)×" + depthMm + "(D)×" + heightMm + "(H)mm";
        }
    }

    /** The local web UI: address, login and the menu path to the PPPoE settings. */
    public record WebUi(String address, String user, String initialPassword, List<Text> pppoeMenuPath) {
        public WebUi {
            pppoeMenuPath = List.copyOf(pppoeMenuPath);
        }

        public String url() {
            return "http://" + address;
        }
    }

    /** Recommended echo canceller setting (lines 4876–4879); tail and Tone Disabler only for Ⅷ. */
    public record EchoCanceller(Text setting, Optional<Duration> tail, Optional<Boolean> toneDisabler) {
    }

    /**
     * Gains in dB: the gateway's send/receive default 0 dB (4947, 4982); Ⅲ/Ⅳ analog ports carry a default
     * transmit −4 dB / receive −12 dB (5003, ※3).
     */
    public record Gains(int sendDb, int receiveDb, OptionalInt analogPortSendDb, OptionalInt analogPortReceiveDb) {
    }

    /**
     * FAX (4962–5076): G3 only; the supported connection for this model, and the recommended levels: the
     * gateway at its defaults and the named device set to −8 dB send / −8 dB receive (4986–4999).
     */
    public record Fax(String modes, Text connection, int gatewaySendDb, int gatewayReceiveDb, Text adjustOn,
            int recommendedSendDb, int recommendedReceiveDb) {
    }

    /** BRI point-to-multipoint: one LINE port only, at most two terminals (4186–4187). */
    public record PointToMultipoint(int maxPorts, int maxTerminals) {
    }
}
