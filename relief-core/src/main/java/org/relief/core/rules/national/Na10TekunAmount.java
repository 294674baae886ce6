package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Money;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;

/**
 * NA-10 — tekun monthly amount = basic standard + care standard, computed exactly and rounded
 * once half-up to the fen; lines {@code basic} and {@code care} (care = total − rounded basic, so
 * the lines add up to the amount).
 */
public final class Na10TekunAmount implements Rule {
    @Override
    public Applied apply(Evaluation e) {
        Optional<StandardValue> basic = e.get(Facts.TEKUN_BASIC);
        Optional<StandardValue> care = e.get(Facts.TEKUN_CARE);
        if (!e.eligibility().isTrue() || basic.isEmpty() || care.isEmpty()) {
            return Applied.notApplicable();
        }
        BigDecimal exact = basic.get().value().add(care.get().value());
        Money total = Money.halfUp(exact);
        Money basicLine = Money.halfUp(basic.get().value());
        e.cashLine("basic", basicLine);
        e.cashLine("care", total.minus(basicLine));
        if (!e.tracing()) {
            return Applied.untraced();
        }
        return Applied.inputs().with("basic", Money.text(basic.get().value()))
                .with("care", Money.text(care.get().value())).then("monthly " + total);
    }
}
