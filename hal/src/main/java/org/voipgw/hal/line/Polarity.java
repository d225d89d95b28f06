package org.voipgw.hal.line;

/**
 * The DC feed polarity on the two wires (L1/L2, guide 4290–4293: the quick connector must be wired
 * straight because analog trunk units of key systems check the polarity). A SLIC switches it with its
 * linefeed mode (forward active / reverse active).
 */
public enum Polarity {
    NORMAL,
    REVERSED
}
