package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.anhui.AnhuiWorld.d;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.sample.SampleCandidate;
import org.relief.core.sample.Sampler;

/**
 * 安徽 in relief-core's ledger and county sample: AH-04 (a temporary grant while the household's dibao
 * application is pending) and AH-05 (the county re-checks ⌈30%⌉ of the township decisions, a refusal
 * guaranteed, in the SHA-256 order of {@code seed|reference}, hashes computed apart with Python's hashlib).
 */
class AnhuiLedgerTest {
    private final AnhuiWorld w = new AnhuiWorld();
    // GB 11643 check digits computed apart: 340404198605190217
    private static final IdNumber HEAD = IdNumber.parse("340404198605190217", "idNumber");

    @Test
    void AH04_anEmergencyGrantWhileTheDibaoApplicationIsPending_isPaid_andTheCaseGoesOn() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").idNumber(HEAD).noIncome().build());
        Case pending = w.surveyed("340404", "谢家集-2023-011", "2023-04-24", h, ApplicationForm.consented());
        assertEquals(CaseState.SURVEYED, pending.state());
        Event fire = Event.of(EventKind.FIRE, EventType.EMERGENCY).withRequested(Money.yuan("1500.00")).withMember("p1");
        GrantResult r = w.grants.grant(new GrantRequest("g1", d("2023-04-28"), AdminCode.of("340404"), ProgramId.TEMPORARY, h, fire));
        LedgerGrant g = assertInstanceOf(GrantResult.Recorded.class, r, () -> "expected the grant, got " + r).grant();
        assertEquals(Money.yuan("1500.00"), g.amount());
        assertTrue(g.paid());
        // 5 working days after Fri 04-28 across 劳动节 (04-29 … 05-03 off, Sat 05-06 上班): 05-04, 05, 06, 08, 09
        assertEquals(d("2023-05-09"), g.deadlines().get(Deadline.EXPLANATION_BY));
        assertEquals(ApprovalLevel.COUNTY, g.approvalLevel());
        Case same = w.cases.find(pending.id()).orElseThrow();
        assertEquals(pending.steps().size(), same.steps().size());           // the grant is no step of the case
        Case active = w.take(same, new org.relief.core.lifecycle.Step.Propose(d("2023-05-05"), Verdict.APPROVE));
        active = w.take(active, new org.relief.core.lifecycle.Step.Decide(d("2023-05-12"), Verdict.APPROVE));
        assertEquals(Optional.of(YearMonth.of(2023, 6)), active.paymentFrom());
        assertEquals(Money.yuan("725.00"), w.lifecycle.amountDue(active, YearMonth.of(2023, 6)).monthlyAmount().orElseThrow());
    }

    @Test
    void AH05_sampleOfTheTownshipDecisionsOfTheMonth_aRefusalGuaranteed_countyDecisionsOut() {
        ApplicationForm delegated = new ApplicationForm(new Application(false, Optional.empty(), true, false), true, false, false);
        for (String ref : List.of("淮南-2023-001", "淮南-2023-002", "淮南-2023-003", "淮南-2023-005")) {
            w.decided("340403", ref, "2023-02-27", AnhuiWorld.onePerson("1971-01-01"), delegated, Verdict.APPROVE);
        }
        Household above = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1960-01-01"))
                .income(IncomeKind.PENSION, "800.00").build());                  // 800 ≥ 725: refused
        Case refused = w.decided("340403", "淮南-2023-004", "2023-02-27", above, delegated, Verdict.REFUSE);
        assertEquals(Optional.of(ApprovalLevel.TOWNSHIP), refused.decision().orElseThrow().approvalLevel());
        w.active("340403", "淮南-2023-006", "2023-02-27");                        // decided by the county: not in the population
        Sampler.Outcome out = w.sampler.sample(AdminCode.of("340403"), YearMonth.of(2023, 3), "田家庵区2023年3月", Optional.empty());
        var res = assertInstanceOf(Sampler.Drawn.class, out).result();
        // SHA-256("田家庵区2023年3月|" + reference): …005 20e02498…, …002 3bc34213…, …001 659337b1…, …004 6f95c20f…, …003 7d3570fd…
        assertEquals(List.of("淮南-2023-005", "淮南-2023-002", "淮南-2023-001", "淮南-2023-004", "淮南-2023-003"),
                res.population().stream().map(SampleCandidate::reference).toList());
        // ⌈30% × 5⌉ = 2; the first two hold no refusal ⇒ the 2nd is replaced by the first refused case, …004
        assertEquals(List.of("淮南-2023-005", "淮南-2023-004"), res.selected().stream().map(SampleCandidate::reference).toList());
        assertEquals("AH-05", res.rule());
    }
}
