package org.voipgw.webui.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and caps of the HTTP front.
 *
 * @param headTimeout        the whole request head must arrive within this (slowloris: a byte every few
 *                           seconds still runs out), then 408 and close — 10 s, the figure issue 13 asks for
 * @param bodyTimeout        the declared body must arrive within this after the head, then 408 and close
 * @param maxHeadBytes       request line and headers together; more is 431 (RFC 6585 §5)
 * @param maxBodyBytes       larger declared bodies get 413 before any of it is read
 * @param perSourceConnections open connections one source address may hold; a browser uses at most 6
 *                           per host (our choice: 16 leaves room for two browsers behind one address)
 * @param maxConnections     open connections in all (our choice: bounds memory on the Pi)
 * @param connectionLifetime a connection still open after this is closed from outside, whatever it is
 *                           doing (a client that never reads its answer); 30 s, our choice: three times
 *                           the head timeout, far beyond any answer of this UI on a LAN
 */
public record HttpLimits(Duration headTimeout, Duration bodyTimeout, int maxHeadBytes, int maxBodyBytes,
                         int perSourceConnections, int maxConnections, Duration connectionLifetime) {
    public HttpLimits {
        Objects.requireNonNull(headTimeout);
        Objects.requireNonNull(bodyTimeout);
        Objects.requireNonNull(connectionLifetime);
        if (connectionLifetime.isNegative() || connectionLifetime.isZero()) {
            throw new IllegalArgumentException("the connection lifetime must be positive");
        }
        if (headTimeout.isNegative() || headTimeout.isZero() || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxHeadBytes < 256 || maxBodyBytes < 0 || perSourceConnections < 1 || maxConnections < perSourceConnections) {
            throw new IllegalArgumentException("limits out of range: " + maxHeadBytes + "/" + maxBodyBytes + "/"
                    + perSourceConnections + "/" + maxConnections);
        }
    }

    /** The box's limits: 10 s / 10 s, 8 KiB head, 64 KiB body, 16 per source, 512 in all, 30 s a connection. */
    public static HttpLimits defaults() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 8 * 1024, 64 * 1024, 16, 512,
                Duration.ofSeconds(30));
    }

    public HttpLimits withTimeouts(Duration head, Duration body) {
        return new HttpLimits(head, body, maxHeadBytes, maxBodyBytes, perSourceConnections, maxConnections,
                connectionLifetime);
    }

    public HttpLimits withConnectionCaps(int perSource, int total) {
        return new HttpLimits(headTimeout, bodyTimeout, maxHeadBytes, maxBodyBytes, perSource, total,
                connectionLifetime);
    }

    public HttpLimits withConnectionLifetime(Duration lifetime) {
        return new HttpLimits(headTimeout, bodyTimeout, maxHeadBytes, maxBodyBytes, perSourceConnections,
                maxConnections, lifetime);
    }
}
