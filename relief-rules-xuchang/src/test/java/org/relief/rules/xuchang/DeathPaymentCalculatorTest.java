package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relief.core.model.Money;
import org.relief.rules.xuchang.DeathPaymentCalculator.Cycle;
import org.relief.rules.xuchang.DeathPaymentCalculator.Payment;
import org.relief.rules.xuchang.DeathPaymentCalculator.Settlement;

/** XC-09 (许办〔2021〕7号 三(五)20): the month's (quarter's) payment already made is not recovered. */
class DeathPaymentCalculatorTest {
    private static final LocalDate DEATH = LocalDate.of(2023, 5, 20);

    @Test
    void XC09_monthly_paymentForTheMonthOfDeathIsKept_laterMonthsRecoverable() {
        // paid for 2023-05 (month of death) 500.00: kept; for 2023-06 500.00: recoverable
        Settlement s = DeathPaymentCalculator.settle(DEATH, Cycle.MONTHLY, List.of(
                new Payment(YearMonth.of(2023, 4), Money.yuan("500.00")),
                new Payment(YearMonth.of(2023, 5), Money.yuan("500.00")),
                new Payment(YearMonth.of(2023, 6), Money.yuan("500.00"))));
        assertEquals(Money.yuan("1000.00"), s.kept());
        assertEquals(Money.yuan("500.00"), s.recoverable());
    }

    @Test
    void XC09_quarterly_theWholeQuarterOfDeathIsKept() {
        // death 2023-05-20 lies in Q2 (2023-04 … 06): Q2 1500.00 kept; Q3 1500.00 recoverable
        assertEquals(YearMonth.of(2023, 4), DeathPaymentCalculator.periodOf(DEATH, Cycle.QUARTERLY));
        Settlement s = DeathPaymentCalculator.settle(DEATH, Cycle.QUARTERLY, List.of(
                new Payment(YearMonth.of(2023, 4), Money.yuan("1500.00")),
                new Payment(YearMonth.of(2023, 7), Money.yuan("1500.00"))));
        assertEquals(Money.yuan("1500.00"), s.kept());
        assertEquals(Money.yuan("1500.00"), s.recoverable());
    }

    @Test
    void XC09_deathOnTheLastDayOfAMonth_andFirstDayOfTheNext() {
        assertTrue(DeathPaymentCalculator.kept(LocalDate.of(2023, 5, 31), Cycle.MONTHLY, YearMonth.of(2023, 5)));
        assertFalse(DeathPaymentCalculator.kept(LocalDate.of(2023, 5, 31), Cycle.MONTHLY, YearMonth.of(2023, 6)));
        assertTrue(DeathPaymentCalculator.kept(LocalDate.of(2023, 6, 1), Cycle.MONTHLY, YearMonth.of(2023, 6)));
        assertTrue(DeathPaymentCalculator.kept(LocalDate.of(2023, 3, 31), Cycle.QUARTERLY, YearMonth.of(2023, 1)));
        assertFalse(DeathPaymentCalculator.kept(LocalDate.of(2023, 3, 31), Cycle.QUARTERLY, YearMonth.of(2023, 4)));
    }

    @Test
    void XC09_invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> DeathPaymentCalculator.kept(DEATH, Cycle.QUARTERLY, YearMonth.of(2023, 5)));
        assertThrows(IllegalArgumentException.class, () -> new Payment(YearMonth.of(2023, 5), Money.yuan("-1.00")));
        assertThrows(NullPointerException.class, () -> DeathPaymentCalculator.settle(DEATH, Cycle.MONTHLY, null));
    }
}
