package org.voipgw.boards;

/** The kind of a PBX-side (or clock) interface as printed in the spec sheets' "IF" rows (guide lines 4023, 4114, 4245). */
public enum PbxInterface {
    /** Analog loop-start line to the PBX's analog trunk unit (Ⅲ/Ⅳ, line 4245). */
    FXS,
    /** ISDN basic rate, S/T point (Ⅵ/Ⅶ line 4114; the clock ports, lines 4033 and 4125). */
    BRI,
    /** ISDN primary rate, 23B+D (Ⅷ, line 4023). */
    PRI
}
