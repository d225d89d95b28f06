package org.voipgw.isdn;

/**
 * The outcome of decoding: a value or an error, both plain values (no exceptions cross layers).
 *
 * @param <T> the decoded type
 */
public sealed interface Decoded<T> {
    record Ok<T>(T value) implements Decoded<T> {}

    record Failed<T>(DecodeError error) implements Decoded<T> {}

    static <T> Decoded<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Decoded<T> fail(DecodeError.Kind kind, int offset, String detail) {
        return new Failed<>(new DecodeError(kind, offset, detail));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value, for callers that already checked {@link #isOk()}; tests mostly. */
    default T orElseThrow() {
        return switch (this) {
            case Ok<T> ok -> ok.value();
            case Failed<T> f -> throw new IllegalStateException(f.error().toString());
        };
    }
}
