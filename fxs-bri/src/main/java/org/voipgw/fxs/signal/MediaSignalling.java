package org.voipgw.fxs.signal;

import org.voipgw.fxs.LineSignalling;

/** Builds a port's {@link LineSignalling} from the media module's generators and detectors. */
public final class MediaSignalling {
    private MediaSignalling() {
    }

    /** The signalling of one port: its own DTMF detector (it keeps state), the shared stateless generators. */
    public static LineSignalling forLine() {
        return new LineSignalling(new CallProgressTones(), new LineDtmfDetector(), new JclipCallerIdSender());
    }
}
