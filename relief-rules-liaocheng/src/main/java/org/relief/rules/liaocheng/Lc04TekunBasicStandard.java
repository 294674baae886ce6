package org.relief.rules.liaocheng;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.rules.national.DibaoStandard;
import org.relief.core.rules.national.Facts;
import org.relief.core.rules.national.TekunStandards;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;

/**
 * LC-04 — 聊政字〔2020〕28号 三(二): the tekun basic living standard is set "in principle" at not less
 * than 1.3 × the dibao standard. Fills {@code Slots.TEKUN_BASIC_STANDARD} (national NA-10):
 * <ul>
 *   <li>a published value ({@code tekun.basic.<residence>.monthly}, then {@code tekun.basic.monthly},
 *   overrides first) is used as published; when it is below the floor (1.3 × the dibao standard of
 *   the applicant's residence, rounded up to the whole yuan) it is flagged {@code STANDARD_BELOW_FLOOR}
 *   — "原则上" allows the city to publish another figure, so the engine does not replace it;</li>
 *   <li>an unpublished value is derived as that floor and recorded among the determination's
 *   standards (origin DERIVED, key {@code tekun.basic.monthly}).</li>
 * </ul>
 * The result goes to {@link Facts#TEKUN_BASIC}, which the national NA-10 amount rule adds up. Like
 * every amount standard it is looked up only once the amount's inputs are known (the self-care
 * assessment, {@link TekunStandards#amountInputsKnown}): before that, neither the floor check nor
 * the derivation happens.
 */
public final class Lc04TekunBasicStandard implements Rule {
    /** The ratio of 三(二). */
    public static final BigDecimal RATIO = new BigDecimal("1.3");

    /** The floor for a dibao standard: 1.3 × standard, rounded up to the whole yuan. */
    public static BigDecimal floor(BigDecimal dibaoStandard) {
        if (dibaoStandard == null || dibaoStandard.signum() < 0) {
            throw new IllegalArgumentException("dibao standard must be a non-negative amount, got " + dibaoStandard);
        }
        return DerivedStandards.ceilYuan(RATIO.multiply(dibaoStandard));
    }

    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue()) {
            return Applied.notApplicable();
        }
        if (!TekunStandards.amountInputsKnown(e)) {
            return Applied.result("self-care level unknown: the basic standard is not looked up");
        }
        // NA-09 has already compared the income with this standard; the fallback only guards the order.
        Optional<BigDecimal> dibao = e.get(Facts.DIBAO_STANDARD).or(() -> DibaoStandard.of(e));
        if (dibao.isEmpty()) {
            return Applied.result("dibao standard unknown: no basic standard");
        }
        BigDecimal floor = floor(dibao.get());
        Applied trace = Applied.inputs().with("dibaoStandard", DerivedStandards.plain(dibao.get()))
                .with("floor", DerivedStandards.plain(floor));
        Optional<StandardValue> published = e.standards().find(TekunStandards.basicKeys(e));
        if (published.isPresent()) {
            StandardValue v = published.get();
            e.put(Facts.TEKUN_BASIC, v);
            trace = trace.with("key", v.key()).with("published", DerivedStandards.plain(v.value()));
            if (v.value().compareTo(floor) < 0) {
                e.reason(DerivedStandards.STANDARD_BELOW_FLOOR,
                        "公布的特困人员基本生活标准低于低保标准的1.3倍（聊政字〔2020〕28号 三(二)），按公布值计发",
                        "the published tekun basic standard is below 1.3 × the dibao standard; the published value is used");
                return trace.then("basic " + DerivedStandards.plain(v.value()) + " (below floor)");
            }
            return trace.then("basic " + DerivedStandards.plain(v.value()));
        }
        StandardValue derived = DerivedStandards.derived("tekun.basic.monthly", floor,
                "1.3 × " + DerivedStandards.plain(dibao.get()) + " rounded up to the whole yuan (LC-04)");
        e.standards().recordDerived(derived);
        e.put(Facts.TEKUN_BASIC, derived);
        return trace.with("published", "none").then("basic derived " + DerivedStandards.plain(floor));
    }
}
