package org.relief.core.spi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.relief.core.model.Money;

/**
 * The answer of a {@link Calculator}: named outputs, exact and in the one text form of every
 * output (whole numbers as {@link Integer}, booleans, amounts as text with 2 decimals
 * {@code "931.00"}, dates ISO {@code 2024-06-14}, months {@code 2024-06}, codes as text), a short
 * explanation in Chinese and English, and the catalogue entry applied.
 *
 * @param calculator    the calculator's id
 * @param citation      the catalogue entry (rule id, 文号 and clause)
 * @param outputs       name → value, in the order the calculator gave them
 * @param explanationZh one line in Chinese: the arithmetic, then the citation
 * @param explanationEn the same in English
 */
public record CalculatorResult(String calculator, Citation citation, Map<String, Object> outputs, String explanationZh,
                               String explanationEn) {
    public CalculatorResult {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(citation, "citation");
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("calculator " + calculator + " answered no output");
        }
        for (Map.Entry<String, Object> e : outputs.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof Integer || v instanceof Boolean || v instanceof String)) {
                throw new IllegalArgumentException("output " + e.getKey() + " of " + calculator + " must be a whole number, a"
                        + " boolean or text, got " + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        }
        if (explanationZh == null || explanationZh.isBlank() || explanationEn == null || explanationEn.isBlank()) {
            throw new IllegalArgumentException("calculator " + calculator + ": an explanation in Chinese and English is required");
        }
    }

    /** The catalogue id applied. */
    public String ruleId() {
        return citation.ruleId();
    }

    /** A result of the calculator described by {@code spec}. */
    public static Builder of(CalculatorSpec spec) {
        return new Builder(spec);
    }

    /** Collects the outputs in order. */
    public static final class Builder {
        private final CalculatorSpec spec;
        private final Map<String, Object> outputs = new LinkedHashMap<>();

        private Builder(CalculatorSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        private Builder put(String name, Object value) {
            if (outputs.putIfAbsent(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name)) != null) {
                throw new IllegalArgumentException("output " + name + " given twice");
            }
            return this;
        }

        /** A whole number. */
        public Builder integer(String name, int value) {
            return put(name, value);
        }

        /** A yes/no answer (e.g. whether a requirement is met). */
        public Builder bool(String name, boolean value) {
            return put(name, value);
        }

        /** An amount, written with 2 decimals. */
        public Builder money(String name, Money value) {
            return put(name, value.toString());
        }

        /** A date, written ISO {@code 2024-09-14}. */
        public Builder date(String name, LocalDate value) {
            return put(name, value.toString());
        }

        /** A month, written {@code 2024-08}. */
        public Builder month(String name, YearMonth value) {
            return put(name, value.toString());
        }

        /** A code or a short text. */
        public Builder text(String name, String value) {
            return put(name, value);
        }

        /** The result, with its explanation (the arithmetic); the citation is appended to both lines. */
        public CalculatorResult explain(String zh, String en) {
            String cited = spec.citation().describe();
            return new CalculatorResult(spec.id(), spec.citation(), outputs, zh + "（" + cited + "）", en + " (" + cited + ")");
        }
    }
}
