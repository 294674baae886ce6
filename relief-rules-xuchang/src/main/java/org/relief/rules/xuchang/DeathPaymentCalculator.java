package org.relief.rules.xuchang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.relief.core.model.Money;

/**
 * XC-09 — 许办〔2021〕7号 三(五)20: when a dibao recipient or a tekun person dies, the assistance already
 * paid for the month (or, where paid quarterly, the quarter) of death is not recovered.
 *
 * <p>Interpretation: a payment is identified by the first month of the period it pays for and the payment
 * cycle (monthly or quarterly, calendar quarters). Payments for the period that contains the date of death,
 * and for earlier periods, are kept. Payments for a period starting after that period are outside XC-09
 * (the benefit ends after the period of death, as the national rule stops it from the next period, NA-13)
 * and are reported as recoverable. The calculator states the amounts; it does not decide whether an
 * authority pursues them.
 */
public final class DeathPaymentCalculator {
    /** How often the benefit is paid. */
    public enum Cycle {
        /** 按月发放. */
        MONTHLY,
        /** 按季度发放 (calendar quarters). */
        QUARTERLY
    }

    /** A payment already made, for the period starting with {@code periodStart}. */
    public record Payment(YearMonth periodStart, Money amount) {
        public Payment {
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("发放金额不能为负 / amount must not be negative: " + amount);
            }
        }
    }

    /** The outcome: what is kept (XC-09 and earlier periods) and what was paid for later periods. */
    public record Settlement(Money kept, Money recoverable) {
    }

    private DeathPaymentCalculator() {
    }

    /** The first month of the period (month or calendar quarter) containing {@code date}. */
    public static YearMonth periodOf(LocalDate date, Cycle cycle) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cycle, "cycle");
        YearMonth m = YearMonth.from(date);
        return cycle == Cycle.MONTHLY ? m : YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** Whether the payment for the period starting {@code periodStart} is kept (not recovered). */
    public static boolean kept(LocalDate deathDate, Cycle cycle, YearMonth periodStart) {
        Objects.requireNonNull(periodStart, "periodStart");
        YearMonth start = cycle == Cycle.MONTHLY ? periodStart : periodOf(periodStart.atDay(1), cycle);
        if (!start.equals(periodStart)) {
            throw new IllegalArgumentException("季度发放的期间须从季度首月开始 / a quarterly period must start in the "
                    + "first month of a quarter: " + periodStart);
        }
        return !periodStart.isAfter(periodOf(deathDate, cycle));
    }

    /** Splits the payments already made into kept and recoverable. */
    public static Settlement settle(LocalDate deathDate, Cycle cycle, List<Payment> payments) {
        Objects.requireNonNull(payments, "payments");
        Money kept = Money.ZERO;
        Money recoverable = Money.ZERO;
        for (Payment p : payments) {
            if (kept(deathDate, cycle, p.periodStart())) {
                kept = kept.plus(p.amount());
            } else {
                recoverable = recoverable.plus(p.amount());
            }
        }
        return new Settlement(kept, recoverable);
    }
}
