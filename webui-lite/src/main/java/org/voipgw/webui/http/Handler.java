package org.voipgw.webui.http;

/** Answers one complete request. Runs on the connection's own (virtual) thread. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
