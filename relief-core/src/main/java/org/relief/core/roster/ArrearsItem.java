package org.relief.core.roster;

import java.time.YearMonth;
import java.util.Objects;
import org.relief.core.model.Money;

/**
 * One month of back-pay (补发): what is due now for an earlier, already submitted month beyond what
 * was paid for it.
 */
public record ArrearsItem(YearMonth month, Money amount) {
    /** Requires a positive amount. */
    public ArrearsItem {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("arrears are positive, got " + amount);
        }
    }
}
