package org.voipgw.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tinylog.Logger;

/**
 * The gateway's local web UI server.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver.HttpServer}: it adds no dependency (nothing
 * to patch, nothing to pull onto the Raspberry Pi), it is ample for the handful of people on the LAN
 * who ever open this page, and the same server runs in the simulator and on the Pi. Pages are plain
 * HTML forms that work without JavaScript; {@code app.js} only refreshes lamps and states.
 *
 * <p>Use: {@code var ui = WebUiServer.start(device, WebUiConfig.of(addr, credentialsFile, clock));}
 * … {@code ui.address()} … {@code ui.close();}. Requests run on a small pool of worker threads, which
 * call the {@link GatewayView} concurrently (see its threading contract).
 */
public final class WebUiServer implements AutoCloseable {
    /** Enough for a few browsers each polling status.json beside a page load. */
    private static final int WORKERS = 4;

    private final HttpServer server;
    private final ExecutorService workers;
    private final Web web;

    private WebUiServer(HttpServer server, ExecutorService workers, Web web) {
        this.server = server;
        this.workers = workers;
        this.web = web;
    }

    /**
     * Loads (or creates, with the initial password {@code user}) the credentials file, binds and starts
     * serving. Throws when the address cannot be bound (e.g. port 80 without the right to bind it).
     */
    public static WebUiServer start(GatewayView device, WebUiConfig config) throws IOException {
        Account account = new Account(config.credentialsFile(),
                new PasswordHasher(config.pbkdf2Iterations(), config.random()), config.clock());
        Web web = new Web(device, account, new Sessions(config.random(), config.clock()), config.clock(),
                new ObjectMapper());
        HttpServer server = HttpServer.create(config.bind(), 16);
        for (PageHandler h : List.of(new TopPage(web), new LoginPage(web), new LogoutHandler(web), new PppoePage(web),
                new VoipPage(web), new LogPage(web), new PasswordPage(web), new StatusJson(web), new StaticFiles(web))) {
            server.createContext(h.path(), h);
        }
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());
        server.setExecutor(workers);
        server.start();
        Logger.info("web UI listening on http://{}:{}/", server.getAddress().getHostString(), server.getAddress().getPort());
        return new WebUiServer(server, workers, web);
    }

    /** Where the server listens (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * The INIT switch (guide: 本装置を工場出荷状態に戻す / ユーザ設定可能項目を初期化): the web password goes
     * back to {@code user} (saved), a login lock is lifted, and everyone is logged out. Thread-safe.
     */
    public void factoryReset() {
        web.account().factoryReset();
        web.sessions().endAll();
    }

    /** Stops accepting, gives running requests a second to finish, and ends the worker threads. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        Logger.info("web UI stopped");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "webui-" + n.incrementAndGet());
            // the device's lifetime is decided by the agent, never by a browser's open connection
            t.setDaemon(true);
            return t;
        };
    }
}
