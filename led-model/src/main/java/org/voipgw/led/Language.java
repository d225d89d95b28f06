package org.voipgw.led;

import java.util.Locale;

/** The two languages every user-facing text comes in. */
public enum Language {
    JA, EN;

    public static Language parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown language '" + s + "'; valid: ja, en");
        }
    }
}
