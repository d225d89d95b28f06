package org.voipgw.isdn.q931;

import java.util.Optional;

/** Q.931 message types used on INS-Net 1500/64 (Q.931 §4.4, table 4-2; TTC JT-Q931 same coding). */
public enum MessageType {
    ALERTING(0x01),
    CALL_PROCEEDING(0x02),
    PROGRESS(0x03),
    SETUP(0x05),
    CONNECT(0x07),
    SETUP_ACKNOWLEDGE(0x0D),
    CONNECT_ACKNOWLEDGE(0x0F),
    DISCONNECT(0x45),
    RESTART(0x46),
    RELEASE(0x4D),
    RESTART_ACKNOWLEDGE(0x4E),
    RELEASE_COMPLETE(0x5A),
    STATUS_ENQUIRY(0x75),
    INFORMATION(0x7B),
    STATUS(0x7D);

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<MessageType> of(int code) {
        for (MessageType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
