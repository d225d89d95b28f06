package org.voipgw.webui.http;

/** A request the front answers itself with an error status (then closes the connection). */
final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
