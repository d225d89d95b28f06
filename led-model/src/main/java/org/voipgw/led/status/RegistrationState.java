package org.voipgw.led.status;

/** The SIP registration (Register 機能 1番号); the VoIP lamp is green only when REGISTERED. */
public enum RegistrationState {
    UNREGISTERED("unregistered"),
    REGISTERING("registering"),
    REGISTERED("registered"),
    AUTH_FAILED("auth-failed"),
    RETRY_WAIT("retry-wait");

    private final String id;

    RegistrationState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
