package org.voipgw.fxs.sim;

import java.util.List;
import java.util.Optional;
import org.voipgw.fxs.CallerIdentity;
import org.voipgw.media.callerid.JclipMessage;
import org.voipgw.media.callerid.JclipReceiver;

/**
 * A Number Display phone's receiver: media's {@link JclipReceiver} (FSK demodulation, parity, CRC and the
 * frame's structure) reading what the line sent, so a scenario's {@code expect callerid} judges the audio,
 * not the line's own objects.
 */
public final class JclipPhoneReceiver implements CallerIdReceiver {
    private JclipReceiver receiver = new JclipReceiver();

    @Override
    public Optional<CallerIdentity> receive(short[] heard) {
        List<JclipMessage> messages = receiver.accept(heard);
        return messages.isEmpty() ? Optional.empty() : Optional.of(CallerIdentity.of(messages.get(0)));
    }

    @Override
    public void reset() {
        receiver = new JclipReceiver();
    }

    /** Frames heard but refused (parity, CRC, structure) since the last reset. */
    public int rejected() {
        return receiver.rejected();
    }
}
