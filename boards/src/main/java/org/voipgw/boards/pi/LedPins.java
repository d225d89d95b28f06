package org.voipgw.boards.pi;

import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The two LEDs behind one lamp, by BCM GPIO number: red and green, orange = both lit. A lamp the guide
 * only ever shows in one colour may be wired with that LED alone (the other side empty).
 */
public record LedPins(OptionalInt red, OptionalInt green) {
    public LedPins {
        if (red.isEmpty() && green.isEmpty()) {
            throw new IllegalArgumentException("a lamp needs at least one LED");
        }
    }

    public static LedPins redGreen(int red, int green) {
        return new LedPins(OptionalInt.of(red), OptionalInt.of(green));
    }

    public static LedPins redOnly(int red) {
        return new LedPins(OptionalInt.of(red), OptionalInt.empty());
    }

    public static LedPins greenOnly(int green) {
        return new LedPins(OptionalInt.empty(), OptionalInt.of(green));
    }

    /** The wired pins, red first. */
    public IntStream pins() {
        return IntStream.concat(red.stream(), green.stream());
    }
}
