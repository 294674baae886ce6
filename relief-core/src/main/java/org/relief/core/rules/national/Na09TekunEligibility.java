package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.model.Member;
import org.relief.core.model.Supporter;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-09 — 特困人员认定 (民发〔2021〕43号; 国务院令第649号 第十四条): the applicant (the case's first
 * member) has no labour capacity by category — elderly (60+), a minor under the age limit in force,
 * or disability (intellectual/mental grade 1–3, physical 1–2, visual 1, multiple the most
 * favourable) — has no supporter or one unable to support, and counted income (without the basic
 * pension and 高龄津贴) strictly below the dibao standard of the residence. The {@code laborCapacity}
 * key is not used.
 *
 * <p>The minor age limit is a parameter: 16 under the 2014 办法, 18 under the 2021 认定办法 from
 * 2021-04-26 (the baseline registers both versions); 聊城 LC-02 and 临汾 LF-03 reuse this class.
 * Conditions are evaluated in order and a false one settles the answer before later inputs or
 * standards are needed.
 */
public final class Na09TekunEligibility implements Rule {
    /** The 2021 认定办法 (民发〔2021〕43号) raised the minor limit to 18 from this date. */
    public static final LocalDate MINOR_LIMIT_18_FROM = LocalDate.of(2021, 4, 26);
    public static final String HAS_LABOR_CAPACITY = "HAS_LABOR_CAPACITY";
    public static final String HAS_ABLE_SUPPORTER = "HAS_ABLE_SUPPORTER";

    private final int minorAgeLimit;

    /** @param minorAgeLimit a minor is covered while younger than this */
    public Na09TekunEligibility(int minorAgeLimit) {
        if (minorAgeLimit < 1 || minorAgeLimit > 25) {
            throw new IllegalArgumentException("minor age limit out of range: " + minorAgeLimit);
        }
        this.minorAgeLimit = minorAgeLimit;
    }

    public int minorAgeLimit() {
        return minorAgeLimit;
    }

    @Override
    public Applied apply(Evaluation e) {
        Member p = e.household().members().get(0);
        boolean tracing = e.tracing();
        Applied trace = tracing ? Applied.inputs().with("applicant", p.id()).with("minorAgeLimit", minorAgeLimit)
                : Applied.untraced();
        Truth category = category(p, e);
        trace = trace.with("noLaborCapacityCategory", category);
        if (category.isFalse()) {
            e.reason(HAS_LABOR_CAPACITY, "不属于老年人、未成年人或符合条件的残疾人，视为有劳动能力",
                    "not elderly, not a minor under the limit, not disabled as required: has labour capacity");
            e.require(Truth.FALSE);
            return trace.then("ineligible: has labour capacity");
        }
        Truth support = supporter(p, e);
        trace = trace.with("noAbleSupporter", support);
        if (support.isFalse()) {
            e.reason(HAS_ABLE_SUPPORTER, "有具备履行义务能力的法定赡养、抚养、扶养义务人",
                    "has a legal supporter able to support");
            e.require(Truth.FALSE);
            return trace.then("ineligible: able supporter");
        }
        Truth income = income(p, e);
        trace = trace.with("incomeBelowStandard", income);
        Truth result = category.and(support).and(income);
        e.require(result);
        return tracing ? trace.then("tekun " + result) : trace;
    }

    private Truth category(Member p, Evaluation e) {
        Truth disabled = Truth.of(p.disability().map(d -> d.meansNoLaborCapacity()).orElse(false));
        if (disabled.isTrue()) {
            return Truth.TRUE;
        }
        Optional<Integer> age = p.ageOn(e.date());
        if (age.isEmpty()) {
            e.missing(p.path("birthDate"));
            return Truth.UNKNOWN;
        }
        return Truth.of(age.get() >= Na07Supplements.ELDERLY_AGE || age.get() < minorAgeLimit);
    }

    private static Truth supporter(Member p, Evaluation e) {
        if (p.supporter().isEmpty()) {
            e.missing(p.path("supporter"));
            return Truth.UNKNOWN;
        }
        return Truth.of(p.supporter().get() != Supporter.ABLE);
    }

    private static Truth income(Member p, Evaluation e) {
        Optional<BigDecimal> standard = DibaoStandard.of(e);
        Optional<BigDecimal> counted = Na04CountedIncome.count(p, e, true);
        if (counted.isEmpty()) {
            e.missing(p.path("incomes"));
            return Truth.UNKNOWN;
        }
        if (standard.isEmpty()) {
            return Truth.UNKNOWN;
        }
        e.put(Facts.DIBAO_STANDARD, standard.get());
        boolean below = counted.get().compareTo(standard.get()) < 0;
        if (!below) {
            e.reason(Na02DibaoEligibility.INCOME_ABOVE_STANDARD, "本人收入不低于当地最低生活保障标准",
                    "own counted income is not below the dibao standard");
        }
        return Truth.of(below);
    }
}
