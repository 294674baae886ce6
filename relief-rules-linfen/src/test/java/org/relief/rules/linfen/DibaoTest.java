package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.ENGINE;
import static org.relief.rules.linfen.Fixtures.d;
import static org.relief.rules.linfen.Fixtures.request;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;

/** LF-01 (二(一), income as actually received) and LF-08 (二(七)3, first business keeps dibao a quarter). */
class DibaoTest {
    private static Household starter(String registeredOn, String business, boolean withCurrent) {
        Household h = Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(d("1980-03-01")).laborCapacity(LaborCapacity.FULL)
                        .employment(Employment.SELF_EMPLOYED).businessRegisteredOn(d(registeredOn))
                        .income(IncomeKind.BUSINESS, business).build(),
                Member.builder("p2").birthDate(d("2012-03-01")).noIncome().build()).receiving(ProgramId.DIBAO);
        return withCurrent ? h.withCurrentDibao(new CurrentDibao(Optional.of(Money.yuan("620.00")), Optional.empty())) : h;
    }

    private static Determination dibao(String date, Household h) {
        return ENGINE.determine(request(date, ProgramId.DIBAO, h).standard("dibao.urban.monthly", "500.00").build());
    }

    @Test
    void LF01_declaredNoIncomeCountsZero_nothingImputed_amount800() {
        // p1 able to work, no income ⇒ 0 (no imputed income); p2 wage 600.00; p3 basicPension 100.00
        // (counted in 2019). 700.00 / 3 < 500.00 ⇒ base = 3 × 500.00 − 700.00 = 800.00.
        Household h = Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(d("1980-03-01")).laborCapacity(LaborCapacity.FULL)
                        .employment(Employment.UNEMPLOYED).noIncome().build(),
                Member.builder("p2").birthDate(d("1982-03-01")).employment(Employment.EMPLOYED)
                        .income(IncomeKind.WAGE, "600.00").build(),
                Member.builder("p3").birthDate(d("1950-03-01")).income(IncomeKind.BASIC_PENSION, "100.00").build());
        Determination r = dibao("2019-09-01", h);
        assertEquals("800.00", r.monthlyAmount().orElseThrow().toString());
        var lf01 = r.trace().stream().filter(t -> t.rule().equals("LF-01")).findFirst().orElseThrow();
        assertEquals(Optional.of("NA-04"), lf01.overrides());
        assertTrue(r.procedure().orElseThrow().democraticAppraisal()); // NA-11 before 2021-07-01
    }

    @Test
    void LF01_noShippedDibaoStandard_isMissingStandard() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(d("1980-03-01")).noIncome().build());
        Determination r = ENGINE.determine(request("2020-01-15", ProgramId.DIBAO, h).build());
        assertEquals(RefusalCode.MISSING_STANDARD, r.refusal().orElseThrow().code());
    }

    @Test
    void LF08_lastDayOfQuarter_keepsCurrentAmount620() {
        // registered 2019-03-15 ⇒ quarter 2019-03-15 … 2019-06-14; per capita 1800 / 2 = 900 ≥ 500
        Determination r = dibao("2019-06-14", starter("2019-03-15", "1800.00", true));
        assertTrue(r.isEligible());
        assertEquals("620.00", r.monthlyAmount().orElseThrow().toString());
        assertEquals("620.00", r.line("firstBusiness").orElseThrow().amount().toString());
        assertTrue(r.hasReason(Lf08FirstBusinessQuarter.FIRST_BUSINESS_QUARTER));
        assertTrue(r.applied("LF-08"));
    }

    @Test
    void LF08_dayAfterQuarter_ordinaryRuleDecides_ineligible() {
        Determination r = dibao("2019-06-15", starter("2019-03-15", "1800.00", true));
        assertEquals(Outcome.INELIGIBLE, r.outcome());
        assertTrue(r.hasReason("INCOME_ABOVE_STANDARD"));
        assertFalse(r.hasReason(Lf08FirstBusinessQuarter.FIRST_BUSINESS_QUARTER));
    }

    @Test
    void LF08_currentAmountUnknown_undetermined() {
        Determination r = dibao("2019-04-01", starter("2019-03-15", "1800.00", false));
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        assertTrue(r.missing().contains("household.currentDibao.monthly"));
    }

    @Test
    void LF08_incomeBelowStandard_ordinaryAmount600() {
        // 400.00 / 2 = 200.00 < 500.00 ⇒ base = 1000.00 − 400.00 = 600.00
        Determination r = dibao("2019-04-01", starter("2019-03-15", "400.00", true));
        assertEquals("600.00", r.monthlyAmount().orElseThrow().toString());
        assertTrue(r.line("firstBusiness").isEmpty());
    }

    @Test
    void LF08_quarterBoundaries() {
        assertEquals(d("2019-06-14"), Lf08FirstBusinessQuarter.lastDay(d("2019-03-15")));
        assertEquals(d("2020-02-28"), Lf08FirstBusinessQuarter.lastDay(d("2019-11-30"))); // Nov 30 + 3 months = Feb 29
        assertEquals(d("2021-02-27"), Lf08FirstBusinessQuarter.lastDay(d("2020-11-28")));
        assertTrue(Lf08FirstBusinessQuarter.withinQuarter(d("2019-03-15"), d("2019-03-15")));
        assertFalse(Lf08FirstBusinessQuarter.withinQuarter(d("2019-03-15"), d("2019-03-14")));
        assertFalse(Lf08FirstBusinessQuarter.withinQuarter(d("2019-03-15"), d("2019-06-15")));
        assertThrows(NullPointerException.class, () -> Lf08FirstBusinessQuarter.lastDay(null));
    }
}
