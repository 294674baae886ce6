package org.relief.rules.liaocheng;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.rules.national.Facts;
import org.relief.core.rules.national.TekunStandards;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.MissingStandardException;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * LC-05 — 聊政字〔2020〕28号 三(二): the tekun care standards of 全自理, 半护理 and 全护理 persons are set
 * "in principle" at not less than 1/10, 1/6 and 1/3 of the previous year's minimum wage. Fills
 * {@code Slots.TEKUN_CARE_STANDARD} (national NA-10) for the applicant's self-care level (NA-10:
 * 0 items failed → 全自理, 1–3 → 半护理, 4–6 → 全护理).
 *
 * <p>"上年度最低工资标准" is read as the {@code minimumWage.monthly} in force on 31 December of the year
 * before the determination date, looked up with {@code Standards.findOn}; a request
 * override counts as in force on that date too.
 * <ul>
 *   <li>a published care standard ({@code tekun.care.<level>.<careSetting>.monthly}, then
 *   {@code tekun.care.<level>.monthly}) is used as published, flagged {@code STANDARD_BELOW_FLOOR}
 *   when below the floor (the fraction of the minimum wage rounded up to the whole yuan). Where no
 *   minimum wage is known the floor cannot be checked; the published value is still used (the
 *   wage is then not on the amount's path, so it is not MISSING_STANDARD);</li>
 *   <li>an unpublished care standard is derived as that floor; without a minimum wage in force on
 *   31 December of the previous year it is MISSING_STANDARD {@code minimumWage.monthly}.</li>
 * </ul>
 * The result goes to {@link Facts#TEKUN_CARE}, which the national NA-10 amount rule adds up.
 */
public final class Lc05TekunCareStandard implements Rule {

    /** The divisor of the minimum wage for a self-care level: 10, 6 or 3. */
    public static int divisor(SelfCareLevel level) {
        return switch (level) {
            case SELF_CARE -> 10;
            case SEMI -> 6;
            case FULL -> 3;
        };
    }

    /** The floor: the minimum wage divided by the level's divisor, rounded up to the whole yuan. */
    public static BigDecimal floor(BigDecimal minimumWage, SelfCareLevel level) {
        if (minimumWage == null || minimumWage.signum() < 0) {
            throw new IllegalArgumentException("minimum wage must be a non-negative amount, got " + minimumWage);
        }
        return minimumWage.divide(BigDecimal.valueOf(divisor(level)), 0, RoundingMode.CEILING);
    }

    /** The date whose minimum wage counts as the previous year's: 31 December of the year before {@code date}. */
    public static LocalDate wageDate(LocalDate date) {
        return LocalDate.of(date.getYear() - 1, 12, 31);
    }

    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue()) {
            return Applied.notApplicable();
        }
        Optional<SelfCareLevel> level = TekunStandards.level(e);
        if (level.isEmpty()) {
            return Applied.result("self-care level unknown");
        }
        LocalDate wageDate = wageDate(e.date());
        String wageKey = StandardKey.MINIMUM_WAGE.name();
        Optional<StandardValue> published = e.standards().find(TekunStandards.careKeys(e, level.get()));
        Optional<StandardValue> wage = e.standards().findOn(wageDate, wageKey);
        Applied trace = Applied.inputs().with("level", level.get().code()).with("wageDate", wageDate)
                .with("minimumWage", wage.map(w -> DerivedStandards.plain(w.value())).orElse("unknown"));
        Optional<BigDecimal> floor = wage.map(w -> floor(w.value(), level.get()));
        floor.ifPresent(f -> trace.with("floor", DerivedStandards.plain(f)));
        if (published.isPresent()) {
            StandardValue v = published.get();
            e.put(Facts.TEKUN_CARE, v);
            trace.with("key", v.key()).with("published", DerivedStandards.plain(v.value()));
            if (floor.isPresent() && v.value().compareTo(floor.get()) < 0) {
                e.reason(DerivedStandards.STANDARD_BELOW_FLOOR,
                        "公布的特困人员照料护理标准低于上年度最低工资标准的规定比例（聊政字〔2020〕28号 三(二)），按公布值计发",
                        "the published tekun care standard is below its share of the previous year's minimum wage;"
                                + " the published value is used");
                return trace.then("care " + DerivedStandards.plain(v.value()) + " (below floor)");
            }
            return trace.then("care " + DerivedStandards.plain(v.value())
                    + (floor.isPresent() ? "" : " (floor not checked: no minimum wage on " + wageDate + ")"));
        }
        if (floor.isEmpty()) {
            throw new MissingStandardException(wageKey);
        }
        StandardValue derived = DerivedStandards.derived("tekun.care." + level.get().code() + ".monthly", floor.get(),
                DerivedStandards.plain(wage.get().value()) + " / " + divisor(level.get())
                        + " rounded up to the whole yuan (LC-05, minimum wage in force on " + wageDate + ")");
        e.standards().recordDerived(derived);
        e.put(Facts.TEKUN_CARE, derived);
        return trace.with("published", "none").then("care derived " + DerivedStandards.plain(floor.get()));
    }
}
