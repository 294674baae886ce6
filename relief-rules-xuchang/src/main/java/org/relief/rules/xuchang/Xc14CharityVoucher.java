package org.relief.rules.xuchang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.rules.national.Covered;
import org.relief.core.rules.national.Facts;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;

/**
 * XC-14 — 许昌 2023 work report (许昌市深化社会救助制度改革积极构建全方位社会救助体系, part "多元参与", item
 * 二 加强慈善衔接): the city charity federation and partner firms give every dibao recipient (低保对象) a
 * 29-yuan "慈善超市" shopping voucher each month.
 *
 * <p>The voucher is in kind and paid by charity, not by the dibao fund: it is the separate line
 * {@code charityVoucher} and never part of {@code monthlyAmount}. Line = voucher value × covered recipients:
 * every member of an eligible household, only the covered members of a 单人户 (XC-01). A household in its
 * 渐退期 (XC-04) is still a dibao household for those months, so its members keep the voucher.
 *
 * <p>The value is the standard {@code dibao.charityVoucher.monthly} (shipped as the report's own figure, 29,
 * from {@link #FROM}; an integrator may override it). Dating: the report says "截至目前 … 累计发放1.6万人次"
 * without a start date; the only date it attests is its own year, 2023, so the rule is registered from
 * 2023-01-01 (a year alone is read as from 1 January). Unpublished value: no line (like an
 * unpublished supplement), never MISSING_STANDARD, since no cash benefit depends on it.
 */
public final class Xc14CharityVoucher implements Rule {
    /** Line code. */
    public static final String LINE = "charityVoucher";
    /** Standard key of the voucher value per recipient per month. */
    public static final String KEY = "dibao.charityVoucher.monthly";
    /** First day the voucher is attested (the report's year). */
    public static final LocalDate FROM = LocalDate.of(2023, 1, 1);

    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue()) {
            return Applied.notApplicable();
        }
        Optional<StandardValue> value = e.standards().find(KEY);
        if (value.isEmpty()) {
            return Applied.result("voucher value not published: no voucher line");
        }
        List<String> covered = e.get(Facts.SINGLE_PERSON).map(Covered::memberIds)
                .orElse(e.household().members().stream().map(Member::id).toList());
        BigDecimal perPerson = value.get().value();
        Money total = Money.halfUp(perPerson.multiply(BigDecimal.valueOf(covered.size())));
        e.inKindLine(LINE, total);
        return Applied.inputs().with("perRecipient", perPerson.toPlainString()).with("recipients", covered.size())
                .then(perPerson.toPlainString() + " × " + covered.size() + " = " + total + " (in kind, not in monthlyAmount)");
    }
}
