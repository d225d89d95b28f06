package org.voipgw.media.tone;

/**
 * The Japanese call-progress tones a phone or PBX hears from an exchange, and so from the gateway.
 *
 * <p>Source: 事業用電気通信設備規則 (郵政省令第30号, 1985) 第33条 and 別表第5号 (可聴音信号送出条件):
 * 発信音 is 400 Hz sent continuously at −19 dBm or less; 呼出音 is 400 Hz modulated by a 15–20 Hz signal,
 * sent 1 s on / 2 s off; 話中音 is 400 Hz, 0.5 s on / 0.5 s off. NTT's 技術参考資料「電話サービスのインタフェース」
 * names the same three tones; its ringback modulation is 16 Hz, which is what we send. 話中音 is also what a
 * phone hears after the far end hangs up (終話), as on an NTT line.
 *
 * <p>Chosen figures (the ordinance gives a range or nothing): every tone at −19 dBm0 (the top of 別表第5号's
 * range for 発信音, treating the line interface as the 0 dBm0 point), and the ringback's modulation depth
 * 80 % — deep enough for the characteristic trill and for the analyser to measure, shallow enough that the
 * tone never drops into silence between modulation peaks.
 */
public enum CallProgressTone {
    /** 発信音: 400 Hz continuous. */
    DIAL(400, 0, 0, 0, 0),
    /** 呼出音: 400 Hz modulated by 16 Hz, 1 s on / 2 s off. */
    RINGBACK(400, 16, 0.8, 1000, 2000),
    /** 話中音 (also 終話): 400 Hz, 0.5 s on / 0.5 s off. */
    BUSY(400, 0, 0, 500, 500);

    /** Level of every call-progress tone (chosen, see class comment). */
    public static final double LEVEL_DBM0 = -19;

    private final double hz;
    private final double modulationHz;
    private final double modulationDepth;
    private final int onMs;
    private final int offMs;

    CallProgressTone(double hz, double modulationHz, double modulationDepth, int onMs, int offMs) {
        this.hz = hz;
        this.modulationHz = modulationHz;
        this.modulationDepth = modulationDepth;
        this.onMs = onMs;
        this.offMs = offMs;
    }

    public double hz() {
        return hz;
    }

    /** Frequency of the amplitude modulation, 0 when unmodulated. */
    public double modulationHz() {
        return modulationHz;
    }

    public double modulationDepth() {
        return modulationDepth;
    }

    /** On time of the cadence; 0 for a continuous tone. */
    public int onMs() {
        return onMs;
    }

    /** Off time of the cadence; 0 for a continuous tone. */
    public int offMs() {
        return offMs;
    }

    public boolean continuous() {
        return offMs == 0;
    }

    /** A generator of this tone from its start. */
    public ToneSource source() {
        return new ToneSource(this);
    }
}
