package org.voipgw.led.status;

/** Where the communication clock comes from (guide: CLK lamp, lines 4595–4637 and 4808–4825). */
public enum ClockSource {
    /** 自走: free-running on the internal oscillator. */
    INTERNAL,
    /** 従属 to the PRI line (Ⅷ). */
    PRI,
    /** 従属 to the BRI clock port (Ⅷ BRI(CLK) port, Ⅵ/Ⅶ CLKポート). */
    BRI
}
