package org.voipgw.hal.dchan;

import java.io.IOException;

/**
 * A D-channel transport could not be opened: the message is one line naming what (the serial
 * device, the UDP address) and why, fit to print to the operator as it is.
 */
public final class DChannelOpenException extends IOException {
    public DChannelOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
