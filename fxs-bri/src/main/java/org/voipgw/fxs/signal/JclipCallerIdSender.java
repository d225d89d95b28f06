package org.voipgw.fxs.signal;

import org.voipgw.fxs.AudioStream;
import org.voipgw.fxs.CallerIdSender;
import org.voipgw.fxs.CallerIdentity;
import org.voipgw.media.callerid.JclipTiming;

/**
 * The ナンバー・ディスプレイ data signal of a caller: its JCLIP message (the number, or the reason code P/O/C/S),
 * framed with parity and CRC, in FSK at the level media chose, between the lead and trail mark bits
 * ({@link JclipTiming#dataSignal}).
 */
public final class JclipCallerIdSender implements CallerIdSender {
    @Override
    public AudioStream message(CallerIdentity caller) {
        return AudioStream.of(JclipTiming.dataSignal(caller.message()));
    }
}
