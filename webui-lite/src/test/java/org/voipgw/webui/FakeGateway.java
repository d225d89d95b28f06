package org.voipgw.webui;

import org.voipgw.led.status.PppoeMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;
import org.voipgw.led.status.PppState;
import org.voipgw.led.status.RegistrationState;

/**
 * A device for the web UI tests: settings in a map with validators shaped like the agent's, all-or-
 * nothing apply, recorded connect/disconnect calls. Synchronized, as the GatewayView contract asks.
 */
final class FakeGateway implements GatewayView {
    private final ModelInfo model;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, Function<String, Optional<String>>> validators = new LinkedHashMap<>();
    private final PppState[] states = new PppState[5];
    private final Map<Lamp, LampState> lamps = new EnumMap<>(Lamp.class);
    final List<String> actions = new ArrayList<>();
    final List<Map<String, String>> applied = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    final List<String> security = new ArrayList<>();
    LampExplainer explainer = LampExplainer.NONE;
    final List<CallView> calls = new ArrayList<>();
    final List<CallRecordView> history = new ArrayList<>();
    final List<List<ConversionRow>> conversionsSaved = new ArrayList<>();
    private final Map<Integer, FxsPortView> ports = new LinkedHashMap<>();
    RegistrationView registration = new RegistrationView(RegistrationState.REGISTERED, "sip.example.net:5060",
            Instant.parse("2026-11-25T10:00:00Z"), null, null);

    FirmwareView firmware;

    FakeGateway(ModelInfo model) {
        this.model = model;
        for (Lamp l : model.family().lamps()) {
            lamps.put(l, LampState.OFF);
        }
        lamps.put(Lamp.POWER, LampState.GREEN);
        for (int n = 1; n <= 5; n++) {
            String p = "pppoe." + n + ".";
            define(p + "enabled", "false", v -> oneOf(v, "true", "false"));
            define(p + "mode", "always", v -> oneOf(v, "always", "on-demand", "manual"));
            define(p + "user", "", v -> text(v, 64, "[A-Za-z0-9._@+-]*"));
            define(p + "password", "", v -> text(v, 64, "[\\x20-\\x7e]*"));
            define(p + "service", "", v -> text(v, 64, "[A-Za-z0-9._-]*"));
            define(p + "mtu", "1492", v -> range(v, 576, 1492));
            define(p + "idle", "600", v -> range(v, 0, 86400));
            define(p + "echo-interval", "10", v -> range(v, 1, 300));
            define(p + "echo-failures", "3", v -> range(v, 1, 100));
            states[n - 1] = PppState.STOPPED;
        }
        for (int n = 1; n <= 10; n++) {
            settings.put(ConversionRow.key(n, "from"), "");
            settings.put(ConversionRow.key(n, "to"), "");
        }
        for (int n = 1; n <= model.fxsPorts(); n++) {
            define(FxsPortSettingsView.key(n, "callerid"), "on", v -> oneOf(v, "on", "off"));
            // shaped like a digit map (RFC 3435 §2.1.5 characters): the real syntax check is the line's
            define(FxsPortSettingsView.key(n, "digitmap"), "", v -> text(v, 256, "[0-9xX#*.|()\\[\\]T-]*"));
            ports.put(n, new FxsPortView(n, FxsPortState.ON_HOOK, ""));
        }
        log.add("boot <ok> & ready");
    }

    static FakeGateway viii() {
        return new FakeGateway(new ModelInfo("VIII", "Ⅷ", "VR23-PRI", LampFamily.VIII, "192.168.100.1"));
    }

    static FakeGateway fxs() {
        return new FakeGateway(new ModelInfo("III", "Ⅲ", "SG1000an4", LampFamily.FXS_BRI, "192.168.189.1", 4));
    }

    private void define(String key, String dflt, Function<String, Optional<String>> check) {
        settings.put(key, dflt);
        validators.put(key, check);
    }

    synchronized String setting(String key) {
        return settings.get(key);
    }

    synchronized void setState(int session, PppState s) {
        states[session - 1] = s;
    }

    synchronized void setLamp(Lamp l, LampState s) {
        lamps.put(l, s);
    }

    @Override
    public ModelInfo model() {
        return model;
    }

    @Override
    public Optional<FirmwareView> firmware() {
        return Optional.ofNullable(firmware);
    }

    @Override
    public String firmwareVersion() {
        return "1.2.3";
    }

    @Override
    public Duration uptime() {
        return Duration.ofSeconds(93784);
    }

    @Override
    public synchronized LampPanel lamps() {
        return new LampPanel(model.family(), lamps);
    }

    @Override
    public LampExplainer lampExplainer() {
        return explainer;
    }

    @Override
    public synchronized List<PppoeSessionView> pppoeSessions() {
        List<PppoeSessionView> out = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            String p = "pppoe." + n + ".";
            PppState st = states[n - 1];
            out.add(new PppoeSessionView(n, Boolean.parseBoolean(settings.get(p + "enabled")),
                    PppoeMode.find(settings.get(p + "mode")).orElseThrow(), settings.get(p + "user"),
                    !settings.get(p + "password").isEmpty(), settings.get(p + "service"),
                    Integer.parseInt(settings.get(p + "mtu").trim()), Integer.parseInt(settings.get(p + "idle").trim()),
                    Integer.parseInt(settings.get(p + "echo-interval").trim()), Integer.parseInt(settings.get(p + "echo-failures").trim()),
                    st, st == PppState.CONNECTED ? "203.0.113." + (9 + n) : null,
                    st == PppState.RETRY_WAIT ? Instant.parse("2026-11-25T09:05:00Z") : null));
        }
        return out;
    }

    @Override
    public synchronized Optional<Text> connectPppoe(int session) {
        actions.add("connect-" + session);
        if (!Boolean.parseBoolean(settings.get("pppoe." + session + ".enabled"))) {
            return Optional.of(Text.of("接続可になっていません。", "The session is not enabled."));
        }
        states[session - 1] = PppState.CONNECTED;
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Text> disconnectPppoe(int session) {
        actions.add("disconnect-" + session);
        states[session - 1] = PppState.STOPPED;
        return Optional.empty();
    }

    @Override
    public synchronized List<FieldError> applySettings(Map<String, String> changes) {
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((k, v) -> {
            var check = validators.get(k);
            if (check == null) {
                errors.add(FieldError.ofEnglish(k, "unknown setting"));
            } else {
                check.apply(v).ifPresent(m -> errors.add(FieldError.ofEnglish(k, m)));
            }
        });
        if (errors.isEmpty()) {
            settings.putAll(changes);
            applied.add(Map.copyOf(changes));
        }
        return errors;
    }

    @Override
    public synchronized RegistrationView registration() {
        return registration;
    }

    @Override
    public SipAccountView sipAccount() {
        return new SipAccountView("0312345678", true, "example.net", "sip.example.net:5060", "", "0312345678", "udp", 3600);
    }

    /** The device no longer knows its ports' state (as the agent until the FXS feature is reachable). */
    synchronized void clearPorts() {
        ports.clear();
    }

    synchronized void setPort(int port, FxsPortState state, String last) {
        ports.put(port, new FxsPortView(port, state, last));
    }

    @Override
    public synchronized List<CallView> callsInProgress() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized List<CallRecordView> recentCalls() {
        return List.copyOf(history);
    }

    @Override
    public synchronized List<ConversionRow> numberConversion() {
        List<ConversionRow> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            rows.add(new ConversionRow(n, settings.get(ConversionRow.key(n, "from")), settings.get(ConversionRow.key(n, "to"))));
        }
        return rows;
    }

    /** The device's whole-table check, as the agent's NumberConversion words it (English only). */
    @Override
    public synchronized List<FieldError> saveNumberConversion(List<ConversionRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConversionRow r : rows) {
            if (r.from().isEmpty() && r.to().isEmpty()) {
                continue;
            }
            number(r.from()).ifPresent(m -> errors.add(FieldError.ofEnglish(ConversionRow.key(r.row(), "from"), m)));
            number(r.to()).ifPresent(m -> errors.add(FieldError.ofEnglish(ConversionRow.key(r.row(), "to"), m)));
            if (!r.from().isEmpty() && !seen.add(r.from())) {
                errors.add(FieldError.ofEnglish(ConversionRow.key(r.row(), "from"), r.from() + " is already converted by another row"));
            }
        }
        if (errors.isEmpty()) {
            rows.forEach(r -> {
                settings.put(ConversionRow.key(r.row(), "from"), r.from());
                settings.put(ConversionRow.key(r.row(), "to"), r.to());
            });
            conversionsSaved.add(List.copyOf(rows));
        }
        return errors;
    }

    private static Optional<String> number(String v) {
        if (v.isEmpty()) {
            return Optional.of("a number is required when the other field of the row is filled");
        }
        if (v.length() > 32) {
            return Optional.of("too long (" + v.length() + " digits); at most 32");
        }
        return v.matches("[0-9]+") ? Optional.empty() : Optional.of("'" + v + "' is not a number");
    }

    @Override
    public synchronized List<FxsPortView> fxsPorts() {
        return List.copyOf(ports.values());
    }

    @Override
    public synchronized List<FxsPortSettingsView> fxsPortSettings() {
        List<FxsPortSettingsView> out = new ArrayList<>();
        for (int n = 1; n <= model.fxsPorts(); n++) {
            out.add(new FxsPortSettingsView(n, "on".equals(settings.get(FxsPortSettingsView.key(n, "callerid"))),
                    settings.get(FxsPortSettingsView.key(n, "digitmap"))));
        }
        return out;
    }

    @Override
    public Optional<FxsLevels> fxsLevels() {
        return model.fxsPorts() == 0 ? Optional.empty() : Optional.of(new FxsLevels(-4, -12, -8, -8));
    }

    @Override
    public synchronized List<String> recentLog(int max) {
        return List.copyOf(log.subList(Math.max(0, log.size() - max), log.size()));
    }

    @Override
    public synchronized void securityEvent(String line) {
        security.add(line);
        log.add("WARN " + line);
    }

    synchronized List<String> securityEvents() {
        return List.copyOf(security);
    }

    private static Optional<String> oneOf(String v, String... allowed) {
        return List.of(allowed).contains(v) ? Optional.empty() : Optional.of("not one of " + String.join("|", allowed));
    }

    private static Optional<String> text(String v, int max, String pattern) {
        if (v.length() > max) {
            return Optional.of("too long (" + v.length() + " characters); at most " + max);
        }
        return Pattern.matches(pattern, v) ? Optional.empty() : Optional.of("contains characters that are not allowed");
    }

    private static Optional<String> range(String v, long min, long max) {
        try {
            long n = Long.parseLong(v.trim());
            return n >= min && n <= max ? Optional.empty() : Optional.of(n + " is out of range; valid: " + min + "–" + max);
        } catch (NumberFormatException e) {
            return Optional.of("'" + v + "' is not a whole number; valid: " + min + "–" + max);
        }
    }
}
