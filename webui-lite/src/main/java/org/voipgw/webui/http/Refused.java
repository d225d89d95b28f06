package org.voipgw.webui.http;

/** A request the front answers itself with an error status (then closes the connection). */
final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final long drain;

    Refused(int status, String reason) {
        this(status, reason, 0);
    }

    /** {@code drain}: body bytes to read and drop first, so a client still sending sees the answer. */
    Refused(int status, String reason, long drain) {
        super(reason, null, false, false);
        this.status = status;
        this.drain = drain;
    }

    long drain() {
        return drain;
    }

    int status() {
        return status;
    }
}
