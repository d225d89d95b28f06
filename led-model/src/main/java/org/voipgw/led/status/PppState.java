package org.voipgw.led.status;

/** One PPPoE session's state, with the web UI's words (the guide names 停止中, line 4443; the other words are ours). */
public enum PppState {
    STOPPED("stopped", "停止中", "stopped"),
    CONNECTING("connecting", "接続中", "connecting"),
    CONNECTED("connected", "接続", "connected"),
    AUTH_FAILED("auth-failed", "認証失敗", "authentication failed"),
    RETRY_WAIT("retry-wait", "再試行待ち", "waiting to retry"),
    /** Live mode only: the kernel has no PPP (no /dev/ppp); pppd cannot run, so nothing retries. */
    NO_KERNEL_PPP("no-kernel-ppp", "カーネルPPP未対応", "no PPP support in the kernel");

    private final String id;
    private final String ja;
    private final String en;

    PppState(String id, String ja, String en) {
        this.id = id;
        this.ja = ja;
        this.en = en;
    }

    public String id() {
        return id;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    /** Ⅲ–Ⅶ PPP green-blink: "PPPoEセッション接続でエラーが発生し、リトライ中". */
    public boolean retryingAfterError() {
        return this == AUTH_FAILED || this == RETRY_WAIT;
    }
}
