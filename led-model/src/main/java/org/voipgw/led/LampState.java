package org.voipgw.led;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a lamp shows: a colour, lit steadily or blinking, or off (the guide's 消灯/点灯/点滅). */
public enum LampState {
    OFF("off", Colour.NONE, false, "消灯"),
    GREEN("green", Colour.GREEN, false, "（緑）点灯"),
    GREEN_BLINK("green-blink", Colour.GREEN, true, "（緑）点滅"),
    RED("red", Colour.RED, false, "（赤）点灯"),
    RED_BLINK("red-blink", Colour.RED, true, "（赤）点滅"),
    ORANGE("orange", Colour.ORANGE, false, "（橙）点灯"),
    ORANGE_BLINK("orange-blink", Colour.ORANGE, true, "（橙）点滅");

    /** The lamp colours of both panels. */
    public enum Colour { NONE, GREEN, RED, ORANGE }

    private final String id;
    private final Colour colour;
    private final boolean blinking;
    private final String guideWording;

    LampState(String id, Colour colour, boolean blinking, String guideWording) {
        this.id = id;
        this.colour = colour;
        this.blinking = blinking;
        this.guideWording = guideWording;
    }

    /** The name used in scenarios, the CLI and JSON, e.g. {@code green-blink}. */
    public String id() {
        return id;
    }

    public Colour colour() {
        return colour;
    }

    public boolean blinking() {
        return blinking;
    }

    /** How the guide writes the state in its tables, e.g. （緑）点滅. */
    public String guideWording() {
        return guideWording;
    }

    /** Whether the lamp is lit at a moment of the blink cycle ({@code phaseOn}: first half). */
    public boolean litAt(boolean phaseOn) {
        return this != OFF && (!blinking || phaseOn);
    }

    public static LampState parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LampState st : values()) {
            if (st.id.equals(k)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown lamp state '" + s + "'; valid: " + validIds());
    }

    public static String validIds() {
        return Arrays.stream(values()).map(LampState::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
