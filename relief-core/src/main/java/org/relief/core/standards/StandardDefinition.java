package org.relief.core.standards;

import java.util.List;
import java.util.Objects;

/**
 * What a standard key means: its name, how its value is expressed, a short title in Chinese and
 * English and the catalogue ids of the rules that read it. The national well-known keys are
 * {@link WellKnownStandards#all()}; a module declares its own with
 * {@code RuleRegistrar.standardKey(...)}. A request may override only a key some loaded module
 * knows (declared, or present in a shipped table): a misspelt key is an input error, never ignored.
 *
 * @param key     the key, e.g. {@code dibao.urban.monthly}
 * @param measure how the value is expressed
 * @param titleZh short title (zh-CN), e.g. {@code 城市最低生活保障标准}
 * @param titleEn short title (English)
 * @param rules   catalogue ids of the rules that read it, e.g. {@code [NA-02, NA-03]}
 */
public record StandardDefinition(StandardKey key, Measure measure, String titleZh, String titleEn, List<String> rules) {
    /** How a standard's value is expressed. */
    public enum Measure {
        /** Yuan per person (or per item) per month. */
        YUAN_PER_MONTH("元/月", "yuan per month"),
        /** Yuan per year (e.g. an annual cap). */
        YUAN_PER_YEAR("元/年", "yuan per year"),
        /** Yuan (a limit or a threshold, not per period). */
        YUAN("元", "yuan"),
        /** A plain number: a ratio or a multiplier. */
        NUMBER("数值", "number"),
        /** A count of months. */
        MONTHS("月数", "months"),
        /** A count of working days (procedure limits). */
        WORKING_DAYS("工作日数", "working days"),
        /** A count of calendar days. */
        DAYS("日数", "days"),
        /** A percentage ({@code 3.5} = 3.5%). */
        PERCENT("百分比", "percent");

        private final String zh;
        private final String en;

        Measure(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** Whether values are amounts of money (written as yuan with 2 decimals). */
        public boolean isYuan() {
            return this == YUAN_PER_MONTH || this == YUAN_PER_YEAR || this == YUAN;
        }

        /** The unit in Chinese, e.g. {@code 元/月}. */
        public String zh() {
            return zh;
        }

        /** The unit in English, e.g. {@code yuan per month}. */
        public String en() {
            return en;
        }
    }

    public StandardDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(measure, "measure");
        if (titleZh == null || titleZh.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("standard " + key + ": titles must not be blank");
        }
        rules = List.copyOf(rules);
    }

    /** A definition citing the given rule ids. */
    public static StandardDefinition of(String key, Measure measure, String titleZh, String titleEn, String... rules) {
        return new StandardDefinition(StandardKey.of(key), measure, titleZh, titleEn, List.of(rules));
    }
}
