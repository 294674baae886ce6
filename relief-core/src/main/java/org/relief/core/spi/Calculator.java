package org.relief.core.spi;

import java.util.List;

/**
 * A calculator of a module: the computable part of an organisational or procedural rule that is
 * not a determination (staffing, stations, a payment calendar, the payments kept at a death). A
 * module registers it with {@link RuleRegistrar#calculator(Calculator)}; integrators find it through
 * {@code RuleModules.calculators()} and over HTTP at {@code /api/v1/calculators}.
 *
 * <p>A calculator wraps the module's arithmetic (it never has its own copy), reads only its
 * declared inputs (already checked against {@link #inputs()} by {@link CalculatorInput}), never reads
 * the clock, and answers exact values. Bad input is an
 * {@link org.relief.core.model.InvalidInputException} naming the input as sent
 * ({@code payments[1].periodStart}); valid input it cannot answer is a {@link CalculatorException}
 * with a stable code. Stateless and thread-safe.
 */
public interface Calculator {
    /** Id, citation, titles and inputs. */
    CalculatorSpec spec();

    /** The answer for {@code input}, which was made for this calculator's {@link #inputs()}. */
    CalculatorResult compute(CalculatorInput input);

    /** Stable kebab-case id, unique across the loaded modules. */
    default String id() {
        return spec().id();
    }

    /** The catalogue id realised, e.g. {@code AH-07}. */
    default String ruleId() {
        return spec().citation().ruleId();
    }

    /** The catalogue entry: rule id, 文号 and clause. */
    default Citation citation() {
        return spec().citation();
    }

    /** Short title in Chinese. */
    default String titleZh() {
        return spec().titleZh();
    }

    /** Short title in English. */
    default String titleEn() {
        return spec().titleEn();
    }

    /** The declared inputs. */
    default List<CalculatorParameter> inputs() {
        return spec().inputs();
    }

    /** {@link #compute(CalculatorInput)} of raw values ({@link CalculatorInput#of}) over the shipped national calendar. */
    default CalculatorResult compute(java.util.Map<String, ?> values) {
        return compute(CalculatorInput.of(inputs(), values));
    }
}
