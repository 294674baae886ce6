package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;
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
import org.relief.core.lifecycle.RecordsCsv;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
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

/**
 * LC-10's second act through the lifecycle and the rosters: fraud (虚报、隐瞒、欺骗) leaves a dishonesty record
 * (失信记录) for the city credit platform — exported with masked ID numbers only — and the amount obtained is
 * recovered over the submitted rosters; on the shipped 2024 standards at 冠县 371525.
 */
class LiaochengIntegrityTest {
    private static final AdminCode GUANXIAN = AdminCode.of("371525");
    // GB 11643 check digit of 37152519790818001 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2: Σ mod 11 = 7 → "5")
    private static final String HEAD = "371525197908180015";

    private final Lifecycle lifecycle = Lifecycle.create(ReliefEngine.create(RuleModules.of(new LiaochengModule())));
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final InMemoryRosterStore rosters = new InMemoryRosterStore();
    private final CaseService cases = new CaseService(lifecycle, store, rosters::paid);
    private final Payroll payroll = new Payroll(lifecycle, store, rosters, PriceIndices.inMemory());

    @Test
    void LC10_fraudLeavesADishonestyRecord_recoversOverTheSubmittedMonths_andIsExportedMasked() throws IOException {
        Household declared = Household.of(Residence.URBAN,
                Member.builder("p1").relation(Relation.HEAD).idNumber(IdNumber.parse(HEAD, "idNumber")).noIncome().build(),
                Member.builder("p2").relation(Relation.SPOUSE).birthDate(LocalDate.of(1981, 1, 11)).noIncome().build());
        Case c = active(declared);
        // 931 × 2 = 1862.00 for March … June
        for (String[] m : new String[][] {{"2024-03", "2024-04-01"}, {"2024-04", "2024-05-06"}, {"2024-05", "2024-06-03"},
                {"2024-06", "2024-07-01"}}) {
            assertEquals(Money.yuan("1862.00"), payroll.submit(GUANXIAN, YearMonth.parse(m[0]), LocalDate.parse(m[1]), null).total());
        }
        Household truth = Household.of(Residence.URBAN,
                Member.builder("p1").relation(Relation.HEAD).birthDate(LocalDate.of(1979, 8, 18)).employment(Employment.EMPLOYED)
                        .income(IncomeKind.WAGE, "1000.00").build(),
                Member.builder("p2").relation(Relation.SPOUSE).birthDate(LocalDate.of(1981, 1, 11)).noIncome().build());
        Case after = taken(cases.take(c.id(), new Step.Fraud(LocalDate.of(2024, 7, 10), YearMonth.of(2024, 4), truth)));
        StepRecord step = after.steps().get(after.steps().size() - 1);
        // due for the true household 1862 − 1000 = 862; recovery (1862 − 862) × 3 (April, May, June) = 3000.00
        assertEquals(Optional.of(Money.yuan("3000.00")), step.report().recovery());
        TraceEntry lc10 = step.report().trace().stream().filter(t -> t.rule().equals("LC-10")).findFirst().orElseThrow();
        assertTrue(lc10.citation().contains(LiaochengModule.DOCUMENT) && lc10.citation().contains("三(八)"), lc10.citation());
        assertEquals(CaseState.TERMINATED, after.state());
        CaseRecord record = after.records().stream().filter(r -> r.code().equals(CaseRecord.DISHONESTY)).findFirst().orElseThrow();
        assertEquals("LC-10", record.rule());
        assertEquals(LocalDate.of(2024, 7, 10), record.date());

        StringWriter csv = new StringWriter();
        RecordsCsv.write(Stream.of(after), csv);
        // the head's number as first 6 + 8 stars + last 4, never the full one
        assertEquals("\uFEFF" + RecordsCsv.HEADER + "\r\n" + "371525,聊-k1,371525********0015,2024-07-10,2024-04,FRAUD,3000.00\r\n",
                csv.toString());
        assertFalse(csv.toString().contains(HEAD));
        // ended from the month after the step: no line in August
        assertTrue(payroll.submit(GUANXIAN, YearMonth.of(2024, 8), LocalDate.of(2024, 9, 2), null).lines().isEmpty());
    }

    /** Applied 2024-01-22 with the commitment signed, accepted 01-23, surveyed 01-25, proposed 01-29, approved 02-05: paid from March. */
    private Case active(Household h) {
        Case c = taken(cases.apply(new Step.Apply(LocalDate.of(2024, 1, 22), "聊-k1", GUANXIAN, ProgramId.DIBAO, h,
                new ApplicationForm(Application.DEFAULT, true, true, false))));
        c = taken(cases.take(c.id(), new Step.Accept(LocalDate.of(2024, 1, 23))));
        c = taken(cases.take(c.id(), new Step.Survey(LocalDate.of(2024, 1, 25), 2, Optional.empty())));
        c = taken(cases.take(c.id(), new Step.Propose(LocalDate.of(2024, 1, 29), Verdict.APPROVE)));
        return taken(cases.take(c.id(), new Step.Decide(LocalDate.of(2024, 2, 5), Verdict.APPROVE)));
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }
}
