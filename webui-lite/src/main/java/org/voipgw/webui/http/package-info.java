/**
 * The web UI's own small HTTP/1.1 front: accept, per-source and total connection caps, the request
 * head and body read against deadlines, strict parsing, one response per connection.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it reads a request head on one of a few worker
 * threads with no deadline, so a handful of stalled clients (a slowloris, a TLS ClientHello on port 80)
 * stopped the whole UI (issue 13 finding 1); it has no hook to cap connections per source address before
 * a worker is taken; and it answers a bad request target with its own page, without our security
 * headers (finding 8). Here every connection gets a virtual thread (JDK 21), so a stalled one costs a
 * few kilobytes, not a worker; a head must be complete within {@link org.voipgw.webui.http.HttpLimits#headTimeout()}
 * (then 408 and close) and a body within {@code bodyTimeout()}; a declared body over the limit is
 * answered 413 before a byte of it is read; chunked bodies are refused with 411 (browsers send form posts
 * with Content-Length); and any connection still open at {@code connectionLifetime()} is closed from
 * outside (a client that never reads its answer blocks a write, which has no timeout in java.net). A client that goes away is not an error: it is counted and summarised once a
 * minute ({@link org.voipgw.webui.http.QuietLog}), never a stack trace.
 *
 * <ul>
 * <li>{@link org.voipgw.webui.http.HttpFront} — the listening socket and the connection life;
 * <li>{@link org.voipgw.webui.http.RequestReader} — head and body against deadlines, RFC 9112 parsing;
 * <li>{@link org.voipgw.webui.http.Request}, {@link org.voipgw.webui.http.Response} — one exchange's data;
 * <li>{@link org.voipgw.webui.http.HttpLimits} — the timeouts and caps.
 * </ul>
 *
 * <p>May use: the JDK and tinylog. Knows nothing of pages, sessions or the device; the web UI package
 * above it supplies the {@link org.voipgw.webui.http.Handler} and the headers every response carries.
 */
package org.voipgw.webui.http;
