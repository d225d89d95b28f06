package org.voipgw.hal.serial;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An open serial line (8 data bits, no parity, 1 stop bit, no flow control): octets out, octets in.
 * Received octets arrive on the line's own reader thread, in whatever chunks the UART delivered;
 * the user moves them to its event loop. Implemented with jssc in boards; in memory in tests.
 */
public interface SerialLine extends AutoCloseable {
    /** The device path, e.g. {@code /dev/ttyUSB0}. */
    String name();

    /** Starts delivering received octets to {@code octets}; {@code failed} is told once if the line fails. */
    void start(Consumer<byte[]> octets, Consumer<IOException> failed);

    /** Writes all of {@code octets}. */
    void write(byte[] octets) throws IOException;

    /** Closes the line (idempotent). */
    @Override
    void close();
}
