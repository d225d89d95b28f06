package org.voipgw.agent.sip;

import org.tinylog.Logger;
import org.tinylog.TaggedLogger;

/**
 * Where the registration's own log lines go: the device log (web UI ログ page, flash file) when the box
 * has one, else tinylog's {@code device} tag. Both stay off the CLI console, which shows only the
 * program's own warnings.
 */
public interface RegistrationLog {
    void info(String message);

    void warn(String message);

    /** Protocol detail (each REGISTER sent): tinylog debug only, never the device log. */
    default void debug(String message) {
        TINYLOG.debug(message);
    }

    TaggedLogger TINYLOG = Logger.tag("device");

    RegistrationLog TAGGED = new RegistrationLog() {
        @Override
        public void info(String message) {
            TINYLOG.info(message);
        }

        @Override
        public void warn(String message) {
            TINYLOG.warn(message);
        }
    };
}
