package org.voipgw.isdn.pri;

/**
 * Layer-1 condition of the 1.544 Mbit/s primary rate interface (ITU-T G.704/I.431 alarms as
 * reported by a framer): what the far end sends us.
 */
public enum Layer1State {
    /** Loss of signal: nothing on the line (cable cut or unplugged). */
    NO_SIGNAL,
    /** A signal, but no frame alignment (wrong framing/coding, or a faulty PBX package). */
    LOSS_OF_FRAME,
    /** The far end reports it cannot see us (remote alarm indication, "yellow alarm"). */
    REMOTE_ALARM,
    /** Framed signal both ways. */
    OK
}
