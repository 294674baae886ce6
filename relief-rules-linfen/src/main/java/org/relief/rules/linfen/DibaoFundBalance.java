package org.relief.rules.linfen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.relief.core.model.Money;

/**
 * LF-10 — 临社救办发〔2015〕3号 二(八)1: where the urban and rural dibao funds have a balance, part of
 * it is used for temporary assistance of dibao recipients, at most 10% of the year-end rolled-over
 * balance (支出比例不高于低保年终滚存结余的10%).
 *
 * <p>The limit is a ceiling ("不高于"), so it is rounded <em>down</em> to the fen: rounding up could
 * allow a fen above 10%.
 */
public final class DibaoFundBalance {
    /** 10%. */
    public static final BigDecimal MAX_SHARE = new BigDecimal("0.10");

    private DibaoFundBalance() {
    }

    /** The most that may be spent on temporary assistance of dibao recipients: 10% of the balance, down to the fen. */
    public static Money maxTemporarySpending(Money yearEndBalance) {
        Objects.requireNonNull(yearEndBalance, "yearEndBalance");
        if (yearEndBalance.isNegative()) {
            throw new IllegalArgumentException("结余不得为负 / the balance must not be negative: " + yearEndBalance);
        }
        return Money.of(yearEndBalance.amount().multiply(MAX_SHARE), RoundingMode.DOWN);
    }

    /** Whether a planned spending stays within the limit (exactly 10% is allowed). */
    public static boolean withinLimit(Money spending, Money yearEndBalance) {
        Objects.requireNonNull(spending, "spending");
        if (spending.isNegative()) {
            throw new IllegalArgumentException("支出不得为负 / the spending must not be negative: " + spending);
        }
        return spending.amount().compareTo(yearEndBalance.amount().multiply(MAX_SHARE)) <= 0;
    }
}
