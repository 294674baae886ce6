package org.relief.core.spi;

import java.util.Objects;

/**
 * A typed key for an intermediate finding one rule leaves for a later one in the same
 * evaluation (e.g. the counted incomes NA-04 computes for NA-02).
 */
public final class Fact<T> {
    private final String name;
    private final Class<T> type;

    private Fact(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Fact<T> of(String name, Class<T> type) {
        return new Fact<>(name, type);
    }

    public String name() {
        return name;
    }

    T cast(Object o) {
        return type.cast(o);
    }

    @Override
    public String toString() {
        return name;
    }
}
