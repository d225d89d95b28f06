package org.voipgw.webui.http;

import java.io.IOException;

/** The client closed or reset the connection before its request was complete: not an error of ours. */
final class ClientGone extends IOException {
    private static final long serialVersionUID = 1L;

    ClientGone(String what) {
        super(what, null);
    }
}
