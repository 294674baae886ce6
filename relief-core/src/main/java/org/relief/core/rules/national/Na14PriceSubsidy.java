package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.RefusalCode;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterContext;
import org.relief.core.roster.RosterRule;
import org.relief.core.spi.Applied;
import org.relief.core.spi.StandardValue;

/**
 * NA-14 — 发改价格规〔2016〕1835号 (价格临时补贴联动机制): when the month's CPI rises by at least the
 * threshold year on year ({@code priceSubsidy.cpiThreshold}: 3.5; 3.0 from 2022-09 to 2023-03), or the
 * food CPI by at least {@code priceSubsidy.foodCpiThreshold} (6), recipients get a temporary price
 * subsidy for that month; the rise that triggers is the CPI rise when it triggers, else the food rise.
 * Each case's line is computed by the roster (persons × dibao standard × rise / 100). No index
 * published for the month: no subsidy, reason {@code PRICE_INDEX_UNPUBLISHED}. A region reuses the
 * class under its own id (安徽 AH-06), and may publish lower thresholds (the notice allows it).
 */
public final class Na14PriceSubsidy implements RosterRule {
    /** The CPI threshold key (percent). */
    public static final String CPI_THRESHOLD = org.relief.core.standards.StandardKey.PRICE_SUBSIDY_CPI_THRESHOLD.name();
    /** The food CPI threshold key (percent). */
    public static final String FOOD_THRESHOLD = org.relief.core.standards.StandardKey.PRICE_SUBSIDY_FOOD_THRESHOLD.name();

    @Override
    public Applied apply(RosterContext c) {
        Optional<PriceIndex> found = c.prices();
        if (found.isEmpty()) {
            c.reason(Roster.PRICE_INDEX_UNPUBLISHED, c.county().province() + " 未公布 " + c.month() + " 的价格指数，不发放价格临时补贴",
                    "no price index is published for " + c.county().province() + " " + c.month() + ": no price subsidy");
            return Applied.inputs().with("month", c.month()).then("价格指数未公布");
        }
        PriceIndex p = found.get();
        Optional<StandardValue> cpiT = c.standards().find(CPI_THRESHOLD);
        Optional<StandardValue> foodT = c.standards().find(FOOD_THRESHOLD);
        if (cpiT.isEmpty() || foodT.isEmpty()) {
            String key = cpiT.isEmpty() ? CPI_THRESHOLD : FOOD_THRESHOLD;
            c.reason(RefusalCode.MISSING_STANDARD.name(), "价格补贴启动条件 " + key + " 在 " + c.month() + " 未公布，不计算价格临时补贴",
                    "the price-subsidy threshold " + key + " is not in force for " + c.month() + ": no price subsidy computed");
            return Applied.inputs().with("cpi", p.cpi()).with("foodCpi", p.foodCpi()).then("启动条件未知");
        }
        BigDecimal cpi = cpiT.get().value();
        BigDecimal food = foodT.get().value();
        Applied a = Applied.inputs().with("cpi", p.cpi().toPlainString()).with(CPI_THRESHOLD, cpi.toPlainString())
                .with("foodCpi", p.foodCpi().toPlainString()).with(FOOD_THRESHOLD, food.toPlainString());
        if (p.cpi().compareTo(cpi) >= 0) {
            c.priceRise(p.cpi());
            return a.then("CPI 同比上涨 " + p.cpi().toPlainString() + "% ≥ " + cpi.toPlainString() + "%：启动，按 CPI 涨幅发放");
        }
        if (p.foodCpi().compareTo(food) >= 0) {
            c.priceRise(p.foodCpi());
            return a.then("食品价格同比上涨 " + p.foodCpi().toPlainString() + "% ≥ " + food.toPlainString() + "%：启动，按食品价格涨幅发放");
        }
        return a.then("未达启动条件");
    }
}
