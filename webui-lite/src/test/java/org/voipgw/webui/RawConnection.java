package org.voipgw.webui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A bare TCP client for what no well-behaved HTTP client sends: half requests, wrong lengths, forged
 * Host headers, connections that stall. Reads are bounded (never a test that hangs).
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket = new Socket();

    RawConnection(int port, InetAddress from) {
        try {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InetAddress loopback(int lastOctet) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) lastOctet});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawConnection send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Everything the server sends until it closes; fails when that takes longer than {@code bound}. */
    String readToClose(Duration bound) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long end = System.nanoTime() + bound.toNanos();
        try {
            InputStream in = socket.getInputStream();
            byte[] b = new byte[4096];
            while (true) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError("the server did not close within " + bound + "; got: " + out);
                }
                socket.setSoTimeout((int) left);
                int n = in.read(b);
                if (n < 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                out.write(b, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close within " + bound + "; got: " + out, e);
        } catch (IOException e) {
            // a reset after the answer: what arrived is what counts
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Closes with a reset (SO_LINGER 0): a client that vanishes mid-request. */
    void abort() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
