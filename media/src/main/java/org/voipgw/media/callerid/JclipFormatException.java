package org.voipgw.media.callerid;

/** A received caller ID frame or message that breaks the NTT format; the message says where. */
public final class JclipFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public JclipFormatException(String message) {
        super(message);
    }
}
