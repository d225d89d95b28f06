package org.voipgw.media.rtp;

/**
 * The result of decoding bytes from the network: the value, or what was wrong with the bytes.
 * Decoders never throw on bad input (DESIGN.md: decode errors are values).
 */
public sealed interface Decoded<T> {

    /** Decoded fine. */
    record Ok<T>(T value) implements Decoded<T> {
    }

    /** Not decodable: which rule was broken and a sentence about where. */
    record Bad<T>(DecodeProblem problem, String detail) implements Decoded<T> {
        @Override
        public String toString() {
            return problem + ": " + detail;
        }
    }

    static <T> Decoded<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Decoded<T> bad(DecodeProblem problem, String detail) {
        return new Bad<>(problem, detail);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; throws IllegalStateException with the problem when this is {@link Bad}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("not decoded: " + this);
    }
}
