package org.voipgw.webui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.led.LampPanel;
import org.voipgw.led.Text;

/**
 * What the web UI needs from the device, and nothing more: webui-lite depends only on led-model, so
 * the agent implements this with an adapter over its status, settings and PPPoE/SIP features.
 *
 * <p><b>Threading.</b> Every method is called from the web server's worker threads, possibly several
 * at once, never from the device's event loop. Implementations must therefore be thread-safe: either
 * read an immutable snapshot the event loop publishes, or marshal the call onto the event loop and wait
 * for its result. The web UI assumes nothing else (no locks held, no ordering between calls) and treats
 * every returned value as a snapshot.
 *
 * <p><b>Secrets.</b> No method returns a password: sessions and the SIP account only say whether one is
 * set, so a page can never echo it back.
 */
public interface GatewayView {

    /** The model, as the guide names it, and where its web UI lives. Constant for a device. */
    ModelInfo model();

    String firmwareVersion();

    /** Time since the device started (device clock). */
    Duration uptime();

    /** The front panel as it is lit now. */
    LampPanel lamps();

    /**
     * What lamp states mean (the catalogue from led-model, when it lands). The default knows nothing,
     * so the panel still draws, just without meanings.
     */
    default LampExplainer lampExplainer() {
        return LampExplainer.NONE;
    }

    /** The five PPPoE sessions (1…5, in order): settings as stored plus live state. */
    List<PppoeSessionView> pppoeSessions();

    /**
     * Asks session {@code session} (1…5) to connect, as the web UI's 接続 button and the scenario
     * action {@code pppoe N connect} do. Returns a reason when the device refuses (shown to the user).
     */
    Optional<Text> connectPppoe(int session);

    /** 切断: the session stops (and stays stopped until asked or, for 常時接続, re-enabled). */
    Optional<Text> disconnectPppoe(int session);

    /**
     * Applies setting changes all-or-nothing (the device's {@code Settings.apply}): keys as in
     * {@code pppoe.N.enabled|mode|user|password|service|mtu|idle|echo-interval|echo-failures} and
     * {@code fxs.N.callerid|digitmap}, values
     * as typed. Returns one error per refused key and then changes nothing; empty means all were saved.
     */
    List<FieldError> applySettings(Map<String, String> changes);

    RegistrationView registration();

    /** The SIP account, with the password reduced to "is set". */
    SipAccountView sipAccount();

    /** Calls in progress, in the order they started (empty when none, or on a device without calls). */
    List<CallView> callsInProgress();

    /** The last 50 ended calls, newest first (the call core keeps no more). */
    List<CallRecordView> recentCalls();

    /** 着信番号変換: all 10 rows in order (1…10), unused rows with empty numbers. */
    List<ConversionRow> numberConversion();

    /**
     * Replaces the whole 着信番号変換 table with {@code rows} (all 10), all-or-nothing: the device checks the
     * table as a whole (digits only, at most 32, no {@code from} twice, both numbers of a used row) and
     * returns one error per refused field, keyed {@code conversion.N.from|to}, changing nothing; empty means
     * the table was saved.
     */
    List<FieldError> saveNumberConversion(List<ConversionRow> rows);

    /** Each FXS port's state and last number (Ⅲ/Ⅳ); empty on models without FXS ports. */
    List<FxsPortView> fxsPorts();

    /**
     * Each FXS port's user settings (Ⅲ/Ⅳ; empty elsewhere). They are saved with {@link #applySettings}
     * under {@code fxs.N.callerid} ({@code on|off}) and {@code fxs.N.digitmap}.
     */
    List<FxsPortSettingsView> fxsPortSettings();

    /** The analog ports' levels and the FAX advice, read-only (Ⅲ/Ⅳ); empty on models without FXS ports. */
    Optional<FxsLevels> fxsLevels();

    /** The ISDN ports' D channels (PRI, BRI), in port order; none on the analog models. */
    default List<IsdnPortView> isdnPorts() {
        return List.of();
    }

    /** The A/B firmware slots (issue 13); empty on a box without them. */
    default Optional<FirmwareView> firmware() {
        return Optional.empty();
    }

    /** The most recent device log lines, oldest first, at most {@code max}. */
    List<String> recentLog(int max);

    /**
     * Writes one web UI security event (failed login, lockout, CSRF, Host or Origin refusal) to the
     * device log, so it is on flash and on the ログ page (issue 13 finding 5). The web UI has already
     * rate-limited it and made request text safe for one line; the device adds time and level (WARN).
     */
    void securityEvent(String line);
}
