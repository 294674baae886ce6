package org.relief.core.spi;

import java.util.Objects;

/**
 * A typed key for an intermediate finding one rule leaves for a later one in the same
 * evaluation (e.g. the counted incomes NA-04 computes for NA-02).
 */
public final class Fact<T> {
    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
    private final String name;
    private final Class<T> type;
    /** Its slot in an evaluation's array of facts (facts are made once, as constants). */
    final int index;

    private Fact(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.index = COUNT.getAndIncrement();
    }

    public static <T> Fact<T> of(String name, Class<T> type) {
        return new Fact<>(name, type);
    }

    /** How many facts have been made so far (an evaluation's array starts this long). */
    static int count() {
        return COUNT.get();
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
