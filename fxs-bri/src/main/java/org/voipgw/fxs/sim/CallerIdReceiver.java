package org.voipgw.fxs.sim;

import java.util.Optional;
import org.voipgw.fxs.CallerIdentity;

/**
 * The ナンバー・ディスプレイ receiver of a simulated phone: demodulates the FSK it hears while off-hook for
 * its primary response and decodes the JCLIP message (implemented with the {@code media} module by
 * {@link JclipPhoneReceiver}).
 */
public interface CallerIdReceiver {
    /** Feeds 20 ms heard on the line; returns the caller once a whole message with a good checksum arrived. */
    Optional<CallerIdentity> receive(short[] heard);

    /** Forgets a message in progress (a new call). */
    void reset();
}
