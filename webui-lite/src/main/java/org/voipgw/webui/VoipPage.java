package org.voipgw.webui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.voipgw.led.Text;

/**
 * VoIP状態 (read-only): the SIP registration and the account, password masked (issue 5); when the
 * registration is refused, the cloud-PBX guide's wording 「認証に失敗しました」 and what it means (issue 15);
 * on Ⅲ/Ⅳ each FXS port's state and last number (issue 11); the calls in progress and the last 50 calls
 * (issue 10).
 */
final class VoipPage extends PageHandler {
    /** What stands for a set password: fixed length, so not even its length shows. */
    static final String MASK = "********";
    /**
     * Who sets the account: on the rented gateway the carrier does; the customer sets only the router
     * functions (guide 3986), so the fields are shown, not offered for editing.
     */
    static final Text SET_BY_CARRIER = Text.of(
            "これらの項目はレンタルVoIP-GWでは当社が設定します（お客様による変更はできません）。",
            "On the rented gateway the carrier sets these fields; they cannot be changed here.");

    VoipPage(Web web) {
        super(web, "/voip");
    }

    @Override
    void get(Exchange ex) {
        GatewayView d = web.device();
        RegistrationView r = d.registration();
        SipAccountView a = d.sipAccount();
        List<CallView> calls = d.callsInProgress();
        List<CallRecordView> history = d.recentCalls();
        List<FxsPortView> ports = d.model().fxsPorts() > 0 ? d.fxsPorts() : List.of();
        PageView v = new PageView(ex);
        ex.sendHtml(200, Pages.html(o -> JtevoipGenerated.render(o, null, v, r, a, calls, history, ports)));
    }

    /** A talk time as h:mm:ss (or m:ss under an hour). */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "pri/3": the port and, where it has channels, the B channel. */
    static String portChannel(CallView c) {
        return c.channel() > 0 ? c.port() + "/" + c.channel() : c.port();
    }

    static String jitter(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
