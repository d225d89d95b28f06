package org.voipgw.isdn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A current value with listeners told of each change (line state, layer-1 state, clock status):
 * the one place that decides "did it change?" and notifies, on the device's event loop.
 *
 * @param <T> the state type (an enum or a record)
 */
public final class StateCell<T> {
    private final List<Consumer<T>> listeners = new ArrayList<>();
    private T value;

    public StateCell(T initial) {
        this.value = initial;
    }

    public T get() {
        return value;
    }

    /** Sets the value; listeners hear about it only if it differs from the current one. */
    public void set(T next) {
        if (!Objects.equals(next, value)) {
            value = next;
            listeners.forEach(l -> l.accept(next));
        }
    }

    public void onChange(Consumer<T> listener) {
        listeners.add(listener);
    }
}
