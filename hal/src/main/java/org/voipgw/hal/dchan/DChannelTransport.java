package org.voipgw.hal.dchan;

/**
 * A D channel that leaves the process (a UDP socket, a serial line to a line-interface board):
 * it says what it opened, counts what it dropped, and is closed when its port goes away.
 */
public interface DChannelTransport extends DChannel, AutoCloseable {
    /** What was opened, for the operator: e.g. {@code udp 127.0.0.1:40000>127.0.0.1:40001}. */
    String description();

    /** Frames and errors seen so far (safe from any thread). */
    DChannelCounters.Snapshot counters();

    /** Stops the I/O (idempotent); the signal is reported lost. */
    @Override
    void close();
}
