package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.engine.TraceEntry;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.CaseService;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.InMemoryCaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.roster.InMemoryRosterStore;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndices;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * 许昌's roster rules through {@link Payroll} and the {@code fraud} step: XC-14 (the voucher, an in-kind
 * line outside the cash total) and XC-15 (recovery of assistance obtained by fraud over the submitted
 * rosters). Standards are test figures published at 魏都区 411002 (许昌 ships no dibao standard).
 */
class XuchangRosterTest {
    private static final AdminCode WEIDU = AdminCode.of("411002");
    // GB 11643 check digit of 41100219820605001 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, Σ mod 11 = 3 → "9")
    private static final String HEAD = "411002198206050019";

    private final List<PublishedStandard> published = new ArrayList<>(List.of(new PublishedStandard(StandardKey.DIBAO_URBAN,
            WEIDU, LocalDate.of(2023, 1, 1), Optional.empty(), new BigDecimal("600"), StandardUnit.MONTHLY,
            Provenance.reportedBy("test figure"))));
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new XuchangModule()), () -> StandardsTable.of(List.copyOf(published))));
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final InMemoryRosterStore rosters = new InMemoryRosterStore();
    private final CaseService cases = new CaseService(lifecycle, store, rosters::paid);
    private final Payroll payroll = new Payroll(lifecycle, store, rosters, PriceIndices.inMemory());

    @Test
    void XC14_theVoucherIsAnInKindLine_neverInTheCashTotal() {
        Case c = active(couple());
        Roster april = submit("2023-04", "2023-05-04");
        Map<String, RosterLine> lines = lines(april, c);
        // 600 × 2 = 1200.00 cash; voucher 29 × 2 = 58.00 in kind
        assertEquals(Money.yuan("1200.00"), lines.get("dibao").amount());
        RosterLine voucher = lines.get(Xc14CharityVoucher.LINE);
        assertEquals(Money.yuan("58.00"), voucher.amount());
        assertFalse(voucher.cash());
        assertEquals("XC-14", voucher.rule());
        assertEquals(Money.yuan("1200.00"), april.total());
        // only the cash line counts as paid for the month (back-pay and recovery)
        assertEquals(Map.of(YearMonth.of(2023, 4), Money.yuan("1200.00")), rosters.paid(c.id()));
    }

    @Test
    void XC15_fraudRecoversOverTheSubmittedMonths_leavesTheDishonestyRecord_andEndsTheCase() {
        Case c = active(couple());
        for (String[] m : new String[][] {{"2023-04", "2023-05-04"}, {"2023-05", "2023-06-01"}, {"2023-06", "2023-07-03"}}) {
            submit(m[0], m[1]);
        }
        // the true household: p1 employed at 800 (no employment cost published) → due 1200 − 800 = 400 a month;
        // from May: (1200 − 400) × 2 (May, June; April is before "from") = 1600.00, the vouchers are not recovered
        Household truth = Household.of(Residence.URBAN,
                Member.builder("p1").relation(Relation.HEAD).birthDate(LocalDate.of(1982, 6, 5)).employment(Employment.EMPLOYED)
                        .income(IncomeKind.WAGE, "800.00").build(),
                Member.builder("p2").relation(Relation.SPOUSE).birthDate(LocalDate.of(1984, 2, 2)).noIncome().build());
        Case after = taken(cases.take(c.id(), new Step.Fraud(LocalDate.of(2023, 7, 12), YearMonth.of(2023, 5), truth)));
        StepRecord step = after.steps().get(after.steps().size() - 1);
        assertEquals(Optional.of(Money.yuan("1600.00")), step.report().recovery());
        TraceEntry xc15 = step.report().trace().stream().filter(t -> t.rule().equals("XC-15")).findFirst().orElseThrow();
        assertTrue(xc15.citation().contains(XuchangModule.DOCUMENT) && xc15.citation().contains("四(四)"), xc15.citation());
        assertEquals(CaseState.TERMINATED, after.state());
        assertEquals(Optional.of(YearMonth.of(2023, 7)), after.paymentUntil());
        CaseRecord record = after.records().stream().filter(r -> r.code().equals(CaseRecord.DISHONESTY)).findFirst().orElseThrow();
        assertEquals("411002", record.fields().get("county"));
        assertEquals("许-1", record.fields().get("reference"));
        assertEquals("2023-05", record.fields().get("from"));
        assertEquals("1600.00", record.fields().get("recovery"));
        // the head's ID number, masked: first 6 and last 4 shown
        String head = HEAD;
        assertEquals(head.substring(0, 6) + "********" + head.substring(14), record.fields().get("headIdNumber"));
        // terminated from the month after the step: absent in August
        Roster august = submit("2023-08", "2023-09-01");
        assertTrue(august.lines().stream().noneMatch(l -> l.caseId().equals(c.id())));
    }

    // ------------------------------------------------------------------ helpers

    private static Household couple() {
        return Household.of(Residence.URBAN,
                Member.builder("p1").relation(Relation.HEAD).idNumber(IdNumber.parse(HEAD, "idNumber")).noIncome().build(),
                Member.builder("p2").relation(Relation.SPOUSE).birthDate(LocalDate.of(1984, 2, 2)).noIncome().build());
    }

    /** Applied 2023-03-01, accepted 03-02, surveyed 03-06, proposed 03-07 (notice 03-07 … 03-13), approved 03-14: paid from April. */
    private Case active(Household h) {
        Case c = taken(cases.apply(new Step.Apply(LocalDate.of(2023, 3, 1), "许-1", WEIDU, ProgramId.DIBAO, h,
                ApplicationForm.consented())));
        c = taken(cases.take(c.id(), new Step.Accept(LocalDate.of(2023, 3, 2))));
        c = taken(cases.take(c.id(), new Step.Survey(LocalDate.of(2023, 3, 6), 2, Optional.empty())));
        c = taken(cases.take(c.id(), new Step.Propose(LocalDate.of(2023, 3, 7), Verdict.APPROVE)));
        return taken(cases.take(c.id(), new Step.Decide(LocalDate.of(2023, 3, 14), Verdict.APPROVE)));
    }

    private Roster submit(String month, String on) {
        return payroll.submit(WEIDU, YearMonth.parse(month), LocalDate.parse(on), null);
    }

    private static Map<String, RosterLine> lines(Roster r, Case c) {
        return r.lines().stream().filter(l -> l.caseId().equals(c.id())).collect(Collectors.toMap(RosterLine::code, l -> l));
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }
}
