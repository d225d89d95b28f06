package org.voipgw.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.tinylog.Logger;
import org.voipgw.webui.http.HttpFront;
import org.voipgw.webui.http.QuietLog;
import org.voipgw.webui.http.Request;
import org.voipgw.webui.http.Response;

/**
 * The gateway's local web UI server.
 *
 * <p>Runs on the module's own small HTTP/1.1 front ({@link HttpFront}: deadlines, connection caps,
 * a virtual thread per connection), which adds no dependency and runs the same in the simulator and on
 * the Pi. Pages are plain HTML forms that work without JavaScript; {@code app.js} only refreshes lamps
 * and states.
 *
 * <p>Use: {@code var ui = WebUiServer.start(device, WebUiConfig.of(addr, credentialsFile, clock));}
 * … {@code ui.address()} … {@code ui.close();}. Requests call the {@link GatewayView} concurrently (see
 * its threading contract).
 */
public final class WebUiServer implements AutoCloseable {
    private final HttpFront front;
    private final Web web;

    private WebUiServer(HttpFront front, Web web) {
        this.front = front;
        this.web = web;
    }

    /**
     * Loads (or creates, with the initial password {@code user}) the credentials file, binds and starts
     * serving. Throws when the address cannot be bound (e.g. port 80 without the right to bind it).
     */
    public static WebUiServer start(GatewayView device, WebUiConfig config) throws IOException {
        Account account = new Account(config.credentialsFile(),
                new PasswordHasher(config.pbkdf2Iterations(), config.random()), config.clock());
        Router router = new Router();
        HttpFront front = HttpFront.start(config.bind(), config.limits(), router::handle, Exchange::secure,
                System::nanoTime);
        Web web = new Web(device, account, new Sessions(config.random(), config.clock()),
                new LoginToken(config.random()), HostPolicy.of(device.model(), front.address()),
                new AuditTrail(device, config.clock()), config.clock(), new ObjectMapper());
        router.pages = List.of(new TopPage(web), new LoginPage(web), new LogoutHandler(web), new PppoePage(web),
                new VoipPage(web), new LogPage(web), new PasswordPage(web), new StatusJson(web), new StaticFiles(web));
        router.web = web;
        Logger.info("web UI listening on http://{}:{}/ (answers to {})", front.address().getHostString(),
                front.address().getPort(), web.hosts().names());
        return new WebUiServer(front, web);
    }

    /** Where the server listens (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return front.address();
    }

    /** What the front counted and summarised: client disconnects, timeouts, cap refusals. */
    public QuietLog connectionLog() {
        return front.quietLog();
    }

    /** Connections open now (the benchmark reports it). */
    public int openConnections() {
        return front.openConnections();
    }

    /**
     * The INIT switch (guide: 本装置を工場出荷状態に戻す / ユーザ設定可能項目を初期化): the web password goes
     * back to {@code user} (saved), every login lock is lifted, and everyone is logged out. Thread-safe.
     */
    public void factoryReset() {
        web.account().factoryReset();
        web.sessions().endAll();
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        front.close();
        Logger.info("web UI stopped");
    }

    /** Host check first, then the page whose path matches. */
    private static final class Router {
        volatile List<PageHandler> pages = List.of();
        volatile Web web;

        Response handle(Request req) {
            Web w = web;
            if (w == null) {
                return Response.text(503, "starting");
            }
            if (!w.hosts().hostAllowed(req.header("Host"))) {
                w.audit().record("request for another host refused", AuditTrail.quote(req.header("Host").orElse(""))
                        + " from " + req.source().getHostAddress());
                return Response.text(421, "このアドレスでは応答しません。本装置のアドレスで開いてください。\n"
                        + "Misdirected request: open this page at the device's own address.");
            }
            try {
                Exchange ex = new Exchange(req, w);
                for (PageHandler p : pages) {
                    if (p.serves(req.path())) {
                        p.handle(ex);
                        return ex.response();
                    }
                }
                ex.sendText(404, "not found");
                return ex.response();
            } catch (HttpError e) {
                return Response.text(e.status(), e.getMessage());
            }
        }
    }
}
