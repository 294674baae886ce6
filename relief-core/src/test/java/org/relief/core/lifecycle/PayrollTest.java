package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.lifecycle.LifecycleFixture.d;
import static org.relief.core.lifecycle.LifecycleFixture.onePerson;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.roster.PaymentDates;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterCsv;
import org.relief.core.roster.RosterLine;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Validity;

/** The monthly roster (Payroll) on the national baseline with test-published standards (urban dibao 931 from 2024). */
class PayrollTest {
    private final LifecycleFixture f = new LifecycleFixture();
    private static final AdminCode N = AdminCode.NATIONAL;

    private Roster submit(String month, String on) {
        return f.payroll.submit(N, YearMonth.parse(month), d(on), null);
    }

    private static Map<String, Money> lines(Roster r, Case c) {
        return r.lines().stream().filter(l -> l.caseId().equals(c.id()))
                .collect(Collectors.toMap(RosterLine::code, RosterLine::amount));
    }

    private static Household couple() {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1980-01-01")).noIncome().build(),
                Member.builder("p2").birthDate(d("2015-06-01")).noIncome().build());
    }

    @Test
    void bitemporal_aValuePublishedInJulyForJanuary_isInvisibleToAJuneRoster_andBackPaidInAugust() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        f.publishOn("2024-07-10", "dibao.urban.monthly", "2024-01-01", null, "980");
        Roster june = submit("2024-06", "2024-06-20");                 // computed before the publication
        assertEquals(Map.of("dibao", Money.yuan("931.00")), lines(june, c));
        Roster may = f.payroll.draft(N, YearMonth.of(2024, 5), d("2024-07-09"), null);
        assertEquals(Map.of("dibao", Money.yuan("931.00")), lines(may, c));
        Roster july = submit("2024-07", "2024-08-02");
        // July 980; back-pay for June only (the one submitted month): 980 − 931 = 49
        assertEquals(Map.of("dibao", Money.yuan("980.00"), "arrears", Money.yuan("49.00")), lines(july, c));
        RosterLine arrears = july.lines().stream().filter(l -> l.code().equals("arrears")).findFirst().orElseThrow();
        assertEquals(YearMonth.of(2024, 6), arrears.arrears().get(0).month());
        // paid once: the August roster has no arrears any more
        assertEquals(Map.of("dibao", Money.yuan("980.00")), lines(submit("2024-08", "2024-09-02"), c));
        assertEquals(Money.yuan("980.00"), f.rosters.paid(c.id()).get(YearMonth.of(2024, 6)));
    }

    @Test
    void overpayment_isReportedNeverDeducted() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        submit("2024-04", "2024-05-02");
        f.publishOn("2024-05-20", "dibao.urban.monthly", "2024-01-01", null, "900");
        Roster may = submit("2024-05", "2024-06-03");
        assertEquals(Map.of("dibao", Money.yuan("900.00")), lines(may, c));
        assertEquals(1, may.overpaid().size());
        assertEquals(Money.yuan("31.00"), may.overpaid().get(0).amount());       // 931 paid, 900 due
        assertEquals(YearMonth.of(2024, 4), may.overpaid().get(0).month());
    }

    @Test
    void submissionIsOnce_evenConcurrently() throws Exception {
        f.activeDibao(onePerson("1970-01-01"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Roster>> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jobs.add(() -> submit("2024-04", "2024-05-02"));
        }
        List<Roster> all = new ArrayList<>();
        for (Future<Roster> r : pool.invokeAll(jobs)) {
            all.add(r.get());
        }
        pool.shutdown();
        assertEquals(1, all.stream().filter(r -> !r.alreadySubmitted()).count());
        assertEquals(1, all.stream().map(Roster::lines).distinct().count());
        Roster again = submit("2024-04", "2024-05-09");
        assertTrue(again.alreadySubmitted());
        assertEquals(d("2024-05-02"), again.computedOn());
    }

    @Test
    void held_whenTheMonthsDeterminationIsRefused_withTheRefusalCode() {
        f.publishOn("2023-12-20", "dibao.rural.monthly", "2024-01-01", "2024-12-31", "700");
        Household rural = Household.of(Residence.RURAL, Member.builder("p1").birthDate(d("1970-01-01")).noIncome().build());
        Case c = f.activeDibao(rural);
        Roster dec = submit("2024-12", "2025-01-02");
        assertEquals(Map.of("dibao", Money.yuan("700.00")), lines(dec, c));
        Roster jan = submit("2025-01", "2025-02-03");                  // the rural standard ended 2024-12-31
        RosterLine held = jan.lines().get(0);
        assertTrue(held.held());
        assertEquals(Money.ZERO, held.amount());
        assertEquals(Optional.of("MISSING_STANDARD"), held.refusal());
        assertTrue(held.reasons().stream().anyMatch(r -> r.code().equals(RosterLine.HELD_FOR_REVIEW)));
        assertEquals(Money.ZERO, jan.total());
    }

    @Test
    void death_monthPaid_lastMemberEnds_absentAfter() {
        Case c = f.activeDibao(couple());
        c = f.take(c, new Step.Death(d("2024-06-15"), "p2"));
        assertEquals(Map.of("dibao", Money.yuan("1862.00")), lines(submit("2024-06", "2024-07-01"), c));
        assertEquals(Map.of("dibao", Money.yuan("931.00")), lines(submit("2024-07", "2024-08-01"), c));
        c = f.take(c, new Step.Death(d("2024-08-03"), "p1"));
        assertEquals(Map.of("dibao", Money.yuan("931.00")), lines(submit("2024-08", "2024-09-02"), c));
        assertTrue(lines(submit("2024-09", "2024-10-08"), c).isEmpty());
    }

    @Test
    void gradualExit_paidThroughItsLastMonth_thenAbsentWithReason() {
        f.publish("dibao.gradualExit.months", "2024-01-01", "3");
        Case c = f.activeDibao(couple());
        Household working = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1980-01-01"))
                .employment(Employment.EMPLOYED).income(IncomeKind.WAGE, "2500.00").build(),
                Member.builder("p2").birthDate(d("2015-06-01")).noIncome().build());
        c = f.take(c, new Step.Review(d("2024-09-02"), working));
        assertEquals(Map.of("dibao", Money.yuan("1862.00")), lines(submit("2024-11", "2024-12-02"), c));
        Roster dec = submit("2024-12", "2025-01-02");
        assertTrue(lines(dec, c).isEmpty());
        assertTrue(dec.reasons().stream().anyMatch(r -> r.code().equals(Roster.GRADUAL_EXIT_ENDED)));
    }

    @Test
    void fraud_recoversOverTheSubmittedMonths_recordsDishonesty_endsFromTheNextMonth() throws Exception {
        IdNumber id = IdNumber.parse("110101197001010016", "idNumber");
        Household declared = Household.of(Residence.URBAN, Member.builder("p1").relation(Relation.HEAD).idNumber(id).noIncome().build());
        Case c = f.activeDibao(declared);
        submit("2024-04", "2024-05-02");
        submit("2024-05", "2024-06-03");
        submit("2024-06", "2024-07-01");
        Household truth = Household.of(Residence.URBAN, Member.builder("p1").relation(Relation.HEAD).idNumber(id)
                .income(IncomeKind.WAGE, "500.00").build());
        c = f.take(c, new Step.Fraud(d("2024-07-05"), YearMonth.of(2024, 5), truth));
        // May and June: paid 931, due 931 − 500 = 431: (931 − 431) × 2 = 1000.00
        assertEquals(Optional.of(Money.yuan("1000.00")), c.steps().get(c.steps().size() - 1).report().recovery());
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(Optional.of(YearMonth.of(2024, 7)), c.paymentUntil());
        CaseRecord record = c.records().stream().filter(r -> r.code().equals(CaseRecord.DISHONESTY)).findFirst().orElseThrow();
        assertEquals(id.toString(), record.fields().get("headIdNumber"));      // masked
        assertFalse(record.fields().get("headIdNumber").contains("197001010015"));
        assertTrue(lines(submit("2024-08", "2024-09-02"), c).isEmpty());
    }

    @Test
    void csv_bomHeaderOneRowPerPaymentAndATotal() throws Exception {
        Case c = f.activeDibao(couple());
        Roster r = submit("2024-04", "2024-05-02");
        StringWriter w = new StringWriter();
        RosterCsv.write(r, w);
        List<String> rows = w.toString().lines().toList();
        assertEquals("\uFEFF" + RosterCsv.HEADER, rows.get(0));
        assertEquals(c.id().value() + ",000000,,,dibao,2024-04,dibao,1862.00,true,false", rows.get(1));
        assertEquals("TOTAL,000000,,,,2024-04,cases 1,1862.00,true,", rows.get(2));
    }

    /** A toy province (990000) so that price indices apply; it adds nothing to the national rules. */
    private static final RuleModule TOY = new RuleModule() {
        @Override public String id() { return "toyprovince"; }
        @Override public String version() { return "1"; }
        @Override public String name() { return "测试省"; }
        @Override public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("990000")); }
        @Override public Validity validity() { return Validity.from(LocalDate.of(2014, 5, 1)); }
        @Override public void register(RuleRegistrar r) { }
    };

    @Test
    void NA14_priceSubsidy_cpiOrFood_halfUpOncePerCase_andUnpublishedSaysSo() {
        LifecycleFixture p = new LifecycleFixture(RuleModules.of(TOY));
        AdminCode county = AdminCode.of("990101");
        p.publishIn("990000", "dibao.urban.monthly", "2022-01-01", "931");
        Case c = p.activeDibao(county, couple());
        p.prices.publish(new PriceIndex(AdminCode.of("990000"), YearMonth.of(2024, 4), new BigDecimal("3.6"), new BigDecimal("1.0")));
        p.prices.publish(new PriceIndex(AdminCode.of("990000"), YearMonth.of(2024, 5), new BigDecimal("3.4"), new BigDecimal("6.2")));
        p.prices.publish(new PriceIndex(AdminCode.of("990000"), YearMonth.of(2024, 6), new BigDecimal("3.4"), new BigDecimal("5.9")));
        // 2 × 931 × 3.6 / 100 = 67.032 → 67.03
        assertEquals(Money.yuan("67.03"), lines(p.payroll.submit(county, YearMonth.of(2024, 4), d("2024-05-02"), null), c).get("priceSubsidy"));
        // CPI 3.4 < 3.5, food 6.2 ≥ 6: 2 × 931 × 6.2 / 100 = 115.444 → 115.44
        assertEquals(Money.yuan("115.44"), lines(p.payroll.submit(county, YearMonth.of(2024, 5), d("2024-06-03"), null), c).get("priceSubsidy"));
        Roster june = p.payroll.submit(county, YearMonth.of(2024, 6), d("2024-07-01"), null);
        assertFalse(lines(june, c).containsKey("priceSubsidy"));
        Roster july = p.payroll.submit(county, YearMonth.of(2024, 7), d("2024-08-01"), null);
        assertTrue(july.reasons().stream().anyMatch(r -> r.code().equals(Roster.PRICE_INDEX_UNPUBLISHED)));
        assertEquals("NA-14", july.trace().get(0).rule());
    }

    @Test
    void NA14_tekunPriceSubsidy_usesTheDibaoStandardAsKnownOnTheComputationDate() {
        LifecycleFixture p = new LifecycleFixture(RuleModules.of(TOY));
        AdminCode county = AdminCode.of("990103");
        p.publishIn("990000", "dibao.urban.monthly", "2022-01-01", "931");
        p.publishOnIn("990000", "2024-06-10", "dibao.urban.monthly", "2024-05-01", null, "1000");
        p.publishIn("990000", "tekun.basic.monthly", "2022-01-01", "1211");
        p.publishIn("990000", "tekun.care.selfcare.monthly", "2022-01-01", "210");
        Household alone = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1950-05-01")).noIncome()
                .supporter(org.relief.core.model.Supporter.NONE).selfCareItemsFailed(0).build());
        Case c = p.open(county, "2024-03-01", org.relief.core.model.ProgramId.TEKUN, alone);
        c = p.take(c, new Step.Accept(d("2024-03-04")));
        c = p.take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        c = p.take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        c = p.take(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE));
        p.prices.publish(new PriceIndex(AdminCode.of("990000"), YearMonth.of(2024, 5), new BigDecimal("3.6"), new BigDecimal("1.0")));
        // One person for tekun, the residence's dibao standard as known on the roster's date. May computed on 06-03, before the 06-10 publication of 1000: 1 × 931 × 3.6 / 100 = 33.516 → 33.52
        assertEquals(Money.yuan("33.52"), lines(p.payroll.draft(county, YearMonth.of(2024, 5), d("2024-06-03"), null), c).get("priceSubsidy"));
        // computed after it: 1 × 1000 × 3.6 / 100 = 36.00
        assertEquals(Money.yuan("36.00"), lines(p.payroll.draft(county, YearMonth.of(2024, 5), d("2024-06-11"), null), c).get("priceSubsidy"));
    }

    @Test
    void NA14_threshold3PercentFromSeptember2022ToMarch2023() {
        LifecycleFixture p = new LifecycleFixture(RuleModules.of(TOY));
        AdminCode county = AdminCode.of("990102");
        p.publishIn("990000", "dibao.urban.monthly", "2022-01-01", "931");
        Case c = LifecycleFixture.taken(p.cases.apply(new Step.Apply(d("2022-08-01"), "r", county,
                org.relief.core.model.ProgramId.DIBAO, onePerson("1970-01-01"), ApplicationForm.consented())));
        c = p.take(c, new Step.Accept(d("2022-08-02")));
        c = p.take(c, new Step.Survey(d("2022-08-03"), 2, Optional.empty()));
        c = p.take(c, new Step.Propose(d("2022-08-04"), Verdict.APPROVE));
        c = p.take(c, new Step.Decide(d("2022-08-11"), Verdict.APPROVE));
        for (String m : List.of("2022-09", "2023-03", "2023-04")) {
            p.prices.publish(new PriceIndex(AdminCode.of("990000"), YearMonth.parse(m), new BigDecimal("3.1"), new BigDecimal("2.0")));
        }
        // 931 × 3.1 / 100 = 28.861 → 28.86 while the threshold is 3.0; none from April 2023 (3.5 again)
        assertEquals(Money.yuan("28.86"), lines(p.payroll.submit(county, YearMonth.of(2022, 9), d("2022-10-08"), null), c).get("priceSubsidy"));
        assertEquals(Money.yuan("28.86"), lines(p.payroll.submit(county, YearMonth.of(2023, 3), d("2023-04-03"), null), c).get("priceSubsidy"));
        assertFalse(lines(p.payroll.submit(county, YearMonth.of(2023, 4), d("2023-05-04"), null), c).containsKey("priceSubsidy"));
    }

    /**
     * A toy province whose payment-calendar rule cannot give the payment date (as 安徽 AH-07 beyond the
     * calendar's data): the roster keeps the fixed roster and funds dates, without a payment date, and
     * carries the rule's reason.
     */
    private static final RuleModule TOY_CALENDAR = new RuleModule() {
        @Override public String id() { return "toycalendar"; }
        @Override public String version() { return "1"; }
        @Override public String name() { return "测试省（发放日历）"; }
        @Override public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("980000")); }
        @Override public Validity validity() { return Validity.from(LocalDate.of(2014, 5, 1)); }
        @Override public void register(RuleRegistrar r) {
            r.cite(org.relief.core.spi.Citation.procedure("TC-01", "测试文件", "一", "发放日历"));
            r.rosterRule(org.relief.core.spi.Slots.ROSTER_PAYMENT_DATES, "TC-01", c -> {
                LocalDate first = c.month().plusMonths(1).atDay(1);
                c.dates(PaymentDates.withoutPaymentDate(first.plusDays(4), first.plusDays(9)));
                c.reason("CALENDAR_UNAVAILABLE", "发放日无法确定", "the payment date cannot be decided");
                return org.relief.core.spi.Applied.inputs().with("month", c.month()).then("no payment date");
            });
        }
    };

    @Test
    void paymentDates_withoutThePaymentDate_keepTheFixedDates_andTheReason() {
        LifecycleFixture p = new LifecycleFixture(RuleModules.of(TOY_CALENDAR));
        AdminCode county = AdminCode.of("980101");
        p.publishIn("980000", "dibao.urban.monthly", "2024-01-01", "931");
        Case c = p.activeDibao(county, couple());
        Roster r = p.payroll.submit(county, YearMonth.of(2024, 4), d("2024-05-02"), null);
        PaymentDates dates = r.dates().orElseThrow();
        assertEquals(d("2024-05-05"), dates.rosterDueBy());
        assertEquals(d("2024-05-10"), dates.fundsDueBy());
        assertTrue(dates.paymentDueBy().isEmpty());
        assertTrue(r.reasons().stream().anyMatch(x -> x.code().equals("CALENDAR_UNAVAILABLE") && x.rule().equals("TC-01")));
        assertEquals(Money.yuan("1862.00"), lines(r, c).get("dibao"));
    }

    @Test
    void paymentDates_requireTheFixedDates() {
        assertThrows(NullPointerException.class, () -> PaymentDates.withoutPaymentDate(null, d("2024-05-10")));
        assertThrows(NullPointerException.class, () -> PaymentDates.withoutPaymentDate(d("2024-05-05"), null));
        assertThrows(NullPointerException.class, () -> new PaymentDates(d("2024-05-05"), d("2024-05-10"), (LocalDate) null));
        assertEquals(Optional.of(d("2024-05-15")), new PaymentDates(d("2024-05-05"), d("2024-05-10"), d("2024-05-15")).paymentDueBy());
        assertEquals(Optional.empty(), new PaymentDates(d("2024-05-05"), d("2024-05-10"), (Optional<LocalDate>) null).paymentDueBy());
    }
}
