package org.voipgw.webui.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.tinylog.Logger;

/**
 * The listening socket. One platform thread accepts; each connection then lives on its own virtual
 * thread: read one request (deadlines, caps: {@link RequestReader}), let the {@link Handler} answer,
 * write the response with {@code Connection: close}, close. A connection over the per-source or total
 * cap is closed at once, before anything is read from it.
 *
 * <p>Time: socket deadlines are network I/O, measured with the injected {@code nanoTime} (the JDK's
 * monotonic clock in production), not with the device clock, which the simulator may stop or race.
 */
public final class HttpFront implements AutoCloseable {
    private final ServerSocket listener;
    private final HttpLimits limits;
    private final Handler handler;
    private final Consumer<Response> everyResponse;
    private final RequestReader reader;
    private final QuietLog quiet;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledThreadPoolExecutor lifetimes;
    private final Map<InetAddress, AtomicInteger> perSource = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closing;

    private HttpFront(ServerSocket listener, HttpLimits limits, Handler handler, Consumer<Response> everyResponse,
                      LongSupplier nanoTime) {
        this.listener = listener;
        this.limits = limits;
        this.handler = handler;
        this.everyResponse = everyResponse;
        this.reader = new RequestReader(limits, nanoTime);
        this.quiet = new QuietLog(nanoTime);
        this.lifetimes = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "webui-lifetimes");
            t.setDaemon(true);
            return t;
        });
        lifetimes.setRemoveOnCancelPolicy(true);
        this.acceptor = new Thread(this::acceptLoop, "webui-accept");
        // the device's lifetime is decided by the agent, never by a browser's open connection
        acceptor.setDaemon(true);
    }

    /**
     * Binds and starts serving. {@code everyResponse} adds what every response carries (the security
     * headers), the front's own error answers included.
     */
    public static HttpFront start(InetSocketAddress bind, HttpLimits limits, Handler handler,
                                  Consumer<Response> everyResponse, LongSupplier nanoTime) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(bind, 64);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        HttpFront front = new HttpFront(s, limits, handler, everyResponse, nanoTime);
        front.acceptor.start();
        return front;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public QuietLog quietLog() {
        return quiet;
    }

    /** Open connections now (for tests and the benchmark). */
    public int openConnections() {
        return open.size();
    }

    private void acceptLoop() {
        while (!closing && !listener.isClosed()) {
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    // counted and summarised like the rest: a failing accept must not flood the log either
                    quiet.count("accept failed (" + e.getMessage() + ")");
                }
                continue;
            }
            InetAddress source = s.getInetAddress();
            AtomicInteger mine = perSource.computeIfAbsent(source, k -> new AtomicInteger());
            boolean overSource = mine.incrementAndGet() > limits.perSourceConnections();
            if (overSource || open.size() >= limits.maxConnections()) {
                release(source, mine);
                quiet.count(overSource ? "refused (per-source cap)" : "refused (total cap)");
                closeQuietly(s);
                continue;
            }
            open.add(s);
            try {
                connections.execute(() -> serve(s, source, mine));
            } catch (RuntimeException rejected) {
                open.remove(s);
                release(source, mine);
                closeQuietly(s);
            }
        }
    }

    private void serve(Socket s, InetAddress source, AtomicInteger mine) {
        AtomicBoolean cut = new AtomicBoolean();
        // A client that stops reading our answer would hold its connection for ever (a write has no
        // timeout in java.net): whatever is still open at the lifetime limit is closed from outside.
        ScheduledFuture<?> reaper = lifetimes.schedule(() -> {
            cut.set(true);
            closeQuietly(s);
        }, limits.connectionLifetime().toNanos(), TimeUnit.NANOSECONDS);
        try {
            Response r;
            boolean head = false;
            try {
                Request req = reader.read(s);
                head = req.method().equals("HEAD");
                r = answer(req);
            } catch (Refused e) {
                quiet.count(e.status() == 408 ? "timed out" : "refused (" + e.status() + ")");
                if (e.drain() > 0) {
                    reader.drain(s, e.drain());
                }
                r = Response.text(e.status(), e.getMessage());
            }
            everyResponse.accept(r);
            write(s, r, head);
            reader.linger(s);
        } catch (IOException e) {
            quiet.count(cut.get() ? "closed at the lifetime limit" : "closed by the client");
        } catch (RuntimeException e) {
            // never lost on a virtual thread's default handler: one line with the stack, as for handlers
            Logger.error(e, "web UI connection from {} failed", source.getHostAddress());
        } finally {
            reaper.cancel(false);
            open.remove(s);
            release(source, mine);
            closeQuietly(s);
        }
    }

    private Response answer(Request req) {
        try {
            return handler.handle(req);
        } catch (RuntimeException e) {
            // a real fault of ours: the one place a stack trace belongs
            Logger.error(e, "web UI request {} {} failed", req.method(), req.path());
            return Response.text(500, "internal error");
        }
    }

    private static void write(Socket s, Response r, boolean head) throws IOException {
        StringBuilder h = new StringBuilder(512);
        h.append("HTTP/1.1 ").append(r.status()).append(' ').append(Response.reason(r.status())).append("\r\n");
        for (Map.Entry<String, String> e : r.headers()) {
            h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        }
        // one request per connection keeps the state per connection trivial; a LAN page loads fine so
        h.append("Content-Length: ").append(r.body().length).append("\r\nConnection: close\r\n\r\n");
        OutputStream out = new BufferedOutputStream(s.getOutputStream(), 8192);
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        if (!head) {
            out.write(r.body());
        }
        out.flush();
        s.shutdownOutput();
    }

    private void release(InetAddress source, AtomicInteger mine) {
        if (mine.decrementAndGet() <= 0) {
            perSource.remove(source, mine);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a socket the client already dropped: nothing to do
        }
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(HttpFront::closeQuietly);
        connections.shutdownNow();
        lifetimes.shutdownNow();
        quiet.flush();
    }
}
