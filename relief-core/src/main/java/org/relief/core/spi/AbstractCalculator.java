package org.relief.core.spi;

import java.util.Objects;

/**
 * The usual base of a {@link Calculator}: it holds the {@link CalculatorSpec} and starts each result
 * with it ({@link #result()}), so that a module's calculator is its spec and its {@code compute}.
 */
public abstract class AbstractCalculator implements Calculator {
    private final CalculatorSpec spec;

    protected AbstractCalculator(CalculatorSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public final CalculatorSpec spec() {
        return spec;
    }

    /** A result of this calculator, to fill with outputs and {@link CalculatorResult.Builder#explain explain}. */
    protected final CalculatorResult.Builder result() {
        return CalculatorResult.of(spec);
    }

    @Override
    public String toString() {
        return spec.id() + " (" + spec.citation().ruleId() + ")";
    }
}
