package org.relief.core.lifecycle;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The steps of a stored case, read from the store the first time they are used. A store hands out a
 * {@link Case} whose history it has not read yet — a roster reads every case of a county and needs
 * its state and households, never its steps with their reports and traces — and the case is the same
 * value all the same: its number of steps is known at once, and any other use of the list (an element,
 * an iteration, {@code equals}) reads them, once, and checks that they are as many as announced and
 * start with {@code apply}. Immutable and safe to share between threads.
 *
 * <p>A store that reads steps lazily must read the same steps the case had when its state was read:
 * steps are only ever appended, so the first {@code size} steps of a case never change.
 */
public final class DeferredSteps extends AbstractList<StepRecord> implements RandomAccess {
    private final int size;
    private final Supplier<List<StepRecord>> load;
    private volatile List<StepRecord> steps;

    private DeferredSteps(int size, Supplier<List<StepRecord>> load) {
        if (size < 1) {
            throw new IllegalArgumentException("a case has at least its apply step, not " + size);
        }
        this.size = size;
        this.load = Objects.requireNonNull(load, "load");
    }

    /**
     * The {@code size} steps that {@code load} reads when they are first used.
     *
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public static List<StepRecord> of(int size, Supplier<List<StepRecord>> load) {
        return new DeferredSteps(size, load);
    }

    /** Whether the steps have been read (for a store's tests and diagnostics; the list behaves the same either way). */
    public boolean isRead() {
        return steps != null;
    }

    private List<StepRecord> steps() {
        List<StepRecord> s = steps;
        if (s == null) {
            synchronized (this) {
                s = steps;
                if (s == null) {
                    s = List.copyOf(load.get());
                    if (s.size() != size || !Case.startsWithApply(s)) {
                        throw new IllegalStateException("the stored steps do not match the case: " + s.size() + " read, " + size
                                + " expected, starting with apply");
                    }
                    steps = s;
                }
            }
        }
        return s;
    }

    @Override
    public StepRecord get(int index) {
        return steps().get(index);
    }

    @Override
    public int size() {
        return size;
    }
}
