package org.voipgw.webui;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /status.json} for tools and for app.js's live refresh; 401 with a JSON body when not
 * logged in. Names are fixed (issue 4/5): lamp names as printed, state ids as LampState/PppState/
 * RegistrationState give them, times as ISO-8601 instants or null. Reading it does not count as use,
 * so an open page that polls cannot keep an idle session alive past its 30 minutes.
 */
final class StatusJson extends PageHandler {
    record Status(String model, String firmware, long uptimeSeconds, Map<String, String> lamps, List<Pppoe> pppoe,
                  Registration registration, List<Call> calls, List<FxsPort> fxs,
                  List<IsdnPortView> isdn) {
    }

    /** A call in progress: the same fields as VoIP状態's table (issue 10). */
    record Call(String port, int channel, String direction, String calling, String called, long durationSeconds,
                String codec, long rtpSent, long rtpReceived, long lost, double jitterMs) {
    }

    /** An FXS port of Ⅲ/Ⅳ (empty list elsewhere): state id as {@link FxsPortState#id()} gives it. */
    record FxsPort(int port, String state, String lastNumber) {
    }

    record Pppoe(int session, boolean enabled, String mode, String state, String address, String retryAt) {
    }

    record Registration(String state, String registrar, String expiresAt, String retryAt, String lastError) {
    }

    record Problem(String error) {
    }

    StatusJson(Web web) {
        super(web, "/status.json");
    }

    @Override
    void notLoggedIn(Exchange ex) throws IOException {
        ex.sendJson(401, new Problem("login required"));
    }

    @Override
    void get(Exchange ex) throws IOException {
        ex.sendJson(200, snapshot(web.device()));
    }

    static Status snapshot(GatewayView d) {
        List<Pppoe> ppp = d.pppoeSessions().stream()
                .map(s -> new Pppoe(s.session(), s.enabled(), s.mode().id(), s.state().id(), s.address(), iso(s.retryAt())))
                .toList();
        RegistrationView r = d.registration();
        List<Call> calls = d.callsInProgress().stream()
                .map(c -> new Call(c.port(), c.channel(), c.direction().id(), c.calling(), c.called(),
                        c.duration().toSeconds(), c.codec(), c.rtpSent(), c.rtpReceived(), c.lost(), c.jitterMs()))
                .toList();
        List<FxsPort> fxs = d.model().fxsPorts() == 0 ? List.of() : d.fxsPorts().stream()
                .map(p -> new FxsPort(p.port(), p.state().id(), p.lastNumber())).toList();
        return new Status(d.model().ascii(), d.firmwareVersion(), d.uptime().toSeconds(), d.lamps().byPrintedName(), ppp,
                new Registration(r.state().id(), r.registrar(), iso(r.expiresAt()), iso(r.retryAt()), r.lastError()),
                calls, fxs, d.isdnPorts());
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
