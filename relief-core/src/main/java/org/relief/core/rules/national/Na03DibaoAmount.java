package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Money;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-03 — 差额救助 (国务院令第649号 第十二条): standard × counted members − household counted income,
 * never negative, half-up to the fen (line {@code base}). For a 单人户 the base is the sum over the
 * covered members of (standard − that member's counted income).
 */
public final class Na03DibaoAmount implements Rule {
    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue() || e.get(Facts.KEEPS_CURRENT_AMOUNT).orElse(false)) {
            return Applied.notApplicable();
        }
        BigDecimal standard = e.get(Facts.DIBAO_STANDARD).orElseThrow();
        IncomeAssessment income = e.get(Facts.INCOME).orElseThrow();
        Optional<Covered> single = e.get(Facts.SINGLE_PERSON);
        BigDecimal base;
        String how;
        boolean tracing = e.tracing();
        if (single.isPresent()) {
            base = BigDecimal.ZERO;
            StringBuilder b = new StringBuilder();
            for (String id : single.get().memberIds()) {
                BigDecimal own = income.of(id).orElseThrow();
                base = base.add(standard.subtract(own).max(BigDecimal.ZERO));
                b.append(b.length() == 0 ? "" : " + ").append("(").append(Money.text(standard)).append(" − ")
                        .append(Money.text(own)).append(")");
            }
            how = b.toString();
        } else {
            base = standard.multiply(BigDecimal.valueOf(income.members())).subtract(income.knownTotal()).max(BigDecimal.ZERO);
            how = tracing ? Money.text(standard) + " × " + income.members() + " − " + Money.text(income.knownTotal()) : "";
        }
        Money amount = Money.halfUp(base);
        e.cashLine("base", amount);
        if (!tracing) {
            return Applied.untraced();
        }
        return Applied.inputs().with("standard", Money.text(standard)).then(how + " = " + amount);
    }
}
