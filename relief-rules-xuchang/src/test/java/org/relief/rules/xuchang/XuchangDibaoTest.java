package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.Determination;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** Dibao in 许昌: XC-01, XC-02, XC-04 (national classes under 许昌 ids) and the XC-14 voucher. */
class XuchangDibaoTest {
    private static Household threeMembers() {
        return Household.of(Residence.URBAN, Xuchang.adult("p1").income(IncomeKind.OTHER, "900.00").build(),
                Xuchang.adult("p2").noIncome().build(),
                Member.builder("p3").birthDate(LocalDate.of(2010, 3, 3)).noIncome().build());
    }

    @Test
    void XC14_voucherIs29PerRecipient_inKind_notInMonthlyAmount() {
        // base = 600 × 3 − 900 = 900.00; voucher = 29 × 3 = 87.00 (in kind) ⇒ monthlyAmount 900.00, not 987.00
        Determination d = Xuchang.determine(Xuchang.request("2023-01-01", ProgramId.DIBAO, threeMembers())
                .standard("dibao.urban.monthly", "600"));
        assertTrue(d.isEligible());
        assertEquals(Money.yuan("900.00"), d.monthlyAmount().orElseThrow());
        AmountLine voucher = d.line("charityVoucher").orElseThrow();
        assertEquals(Money.yuan("87.00"), voucher.amount());
        assertFalse(voucher.cash());
        assertEquals("XC-14", voucher.rule());
        assertTrue(d.applied("XC-14"));
    }

    @Test
    void XC14_noVoucherBefore2023_dayBeforeTheReportYear() {
        // 2022-12-31: XC-14 is not registered yet; base 900.00 only
        Determination d = Xuchang.determine(Xuchang.request("2022-12-31", ProgramId.DIBAO, threeMembers())
                .standard("dibao.urban.monthly", "600"));
        assertEquals(Money.yuan("900.00"), d.monthlyAmount().orElseThrow());
        assertTrue(d.line("charityVoucher").isEmpty());
        assertFalse(d.applied("XC-14"));
    }

    @Test
    void XC14_noVoucherForAnIneligibleHousehold() {
        // 900 / 1 = 900 ≥ 600 ⇒ ineligible: not a dibao recipient, no voucher line
        Household h = Household.of(Residence.URBAN, Xuchang.adult("p1").income(IncomeKind.OTHER, "900.00").build());
        Determination d = Xuchang.determine(Xuchang.request("2023-06-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "600"));
        assertFalse(d.isEligible());
        assertTrue(d.lines().isEmpty());
    }

    @Test
    void XC14_overriddenValuePrevailsOverTheShipped29() {
        // override 35 ⇒ 35 × 3 = 105.00
        Determination d = Xuchang.determine(Xuchang.request("2024-05-15", ProgramId.DIBAO, threeMembers())
                .standard("dibao.urban.monthly", "600").standard(Xc14CharityVoucher.KEY, "35"));
        assertEquals(Money.yuan("105.00"), d.line("charityVoucher").orElseThrow().amount());
        assertEquals(Money.yuan("900.00"), d.monthlyAmount().orElseThrow());
    }

    @Test
    void XC01_singlePersonHousehold_voucherForTheCoveredMemberOnly() {
        // household 1500 / 2 = 750 ≥ 600 but < 900 (1.5 ×) ⇒ low-income; p2 grade-1 physical, applied, own 0 < 600
        // base = 600 − 0 = 600.00; supplement severeDisability 100.00 ⇒ 700.00; voucher 29 × 1 = 29.00
        Household h = Household.of(Residence.URBAN, Xuchang.adult("p1").income(IncomeKind.OTHER, "1500.00").build(),
                Member.builder("p2").birthDate(LocalDate.of(1995, 1, 1)).disability(1, DisabilityKind.PHYSICAL)
                        .singlePersonApplication(true).noIncome().build());
        Determination d = Xuchang.determine(Xuchang.request("2023-04-01", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "600").standard("dibao.supplement.severeDisability", "100"));
        assertTrue(d.isEligible());
        assertTrue(d.hasReason("SINGLE_PERSON_HOUSEHOLD"));
        assertEquals(Money.yuan("700.00"), d.monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("29.00"), d.line("charityVoucher").orElseThrow().amount());
        TraceEntry single = d.trace().stream().filter(t -> t.rule().equals("XC-01")).findFirst().orElseThrow();
        assertEquals(Optional.of("NA-06"), single.overrides());
        assertTrue(single.citation().contains("许办〔2021〕7号"));
    }

    @Test
    void XC02_highestSupplementOnly_elderlyAndSeriouslyIll() {
        // p1 60 on 2023-05-10, seriously ill: max(50, 80) = 80; base 600 − 400 = 200 ⇒ 280.00
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1963, 5, 10))
                .seriouslyIll(true).income(IncomeKind.PENSION, "400.00").build());
        Determination d = Xuchang.determine(Xuchang.request("2023-05-10", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "600").standard("dibao.supplement.elderly", "50")
                .standard("dibao.supplement.seriousIllness", "80"));
        assertEquals(Money.yuan("280.00"), d.monthlyAmount().orElseThrow());
        assertEquals("XC-02", d.line("supplement").orElseThrow().rule());
    }

    @Test
    void XC02_noSupplementPublished_noneIsPaid() {
        // no 许昌 supplement standard: 600 − 400 = 200.00 only
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1))
                .income(IncomeKind.PENSION, "400.00").build());
        Determination d = Xuchang.determine(Xuchang.request("2022-05-10", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "600"));
        assertEquals(Money.yuan("200.00"), d.monthlyAmount().orElseThrow());
        assertTrue(d.line("supplement").isEmpty());
    }

    @Test
    void XC04_employmentCostDeducted() {
        // wage 800 − cost 200 = 600 counted; 700 × 2 − 600 = 800.00
        Household h = Household.of(Residence.URBAN,
                Xuchang.adult("p1").employment(Employment.EMPLOYED).income(IncomeKind.WAGE, "800.00").build(),
                Xuchang.adult("p2").noIncome().build());
        Determination d = Xuchang.determine(Xuchang.request("2022-03-01", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "700").standard("employmentCost.monthly", "200"));
        assertEquals(Money.yuan("800.00"), d.monthlyAmount().orElseThrow());
        TraceEntry income = d.trace().get(0);
        assertEquals("XC-04", income.rule());
        assertEquals(Optional.of("NA-04"), income.overrides());
    }

    @Test
    void XC04_gradualExit_keepsAmount_andTheVoucher() {
        // 1300 / 2 = 650 ≥ 600; employed; 6 months from 2023-03: 2023-08 is month 6 ⇒ keeps 500.00; voucher 58.00
        Household h = exitingHousehold();
        Determination d = Xuchang.determine(Xuchang.request("2023-08-31", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "600").standard("dibao.gradualExit.months", "6"));
        assertTrue(d.isEligible());
        assertTrue(d.hasReason("GRADUAL_EXIT"));
        assertEquals(Money.yuan("500.00"), d.monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("58.00"), d.line("charityVoucher").orElseThrow().amount());
        Determination ended = Xuchang.determine(Xuchang.request("2023-09-01", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "600").standard("dibao.gradualExit.months", "6"));
        assertFalse(ended.isEligible());
        assertTrue(ended.hasReason("GRADUAL_EXIT_ENDED"));
    }

    @Test
    void XC04_gradualExit_withUnknownAssetTest_isUndetermined_notIneligible() {
        Household h = exitingHousehold();
        Determination d = Xuchang.determine(Xuchang.request("2023-08-31", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "600").standard("dibao.gradualExit.months", "6")
                .standard("dibao.assets.financial.perCapitaLimit", "30000"));
        assertEquals(org.relief.core.engine.Outcome.UNDETERMINED, d.outcome());
        assertEquals(java.util.List.of("household.assets.financial"), d.missing());
    }

    /** 1300 / 2 = 650 counted per capita, p1 employed, receiving 500.00, exit started 2023-03. */
    private static Household exitingHousehold() {
        return Household.of(Residence.URBAN,
                        Xuchang.adult("p1").employment(Employment.EMPLOYED).income(IncomeKind.WAGE, "1000.00").build(),
                        Xuchang.adult("p2").income(IncomeKind.OTHER, "300.00").build())
                .receiving(ProgramId.DIBAO)
                .withCurrentDibao(new CurrentDibao(Optional.of(Money.yuan("500.00")), Optional.of(LocalDate.of(2023, 3, 1))));
    }
}
