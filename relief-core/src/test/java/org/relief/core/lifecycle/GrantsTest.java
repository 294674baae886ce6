package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.lifecycle.LifecycleFixture.d;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** NA-12 through the ledger: caps counted over every grant of the year, matched by ID number (test caps 5000 / 10000). */
class GrantsTest {
    private final LifecycleFixture f = new LifecycleFixture();
    private final Grants grants = new Grants(f.lifecycle, new InMemoryLedger());
    // check digits computed by GB 11643: 110101198001010010 and 110101198502020022
    private static final IdNumber A = IdNumber.parse("110101198001010010", "idNumber");
    private static final IdNumber B = IdNumber.parse("110101198502020022", "idNumber");

    GrantsTest() {
        f.publish("temporary.person.annualCap", "2024-01-01", "5000");
        f.publish("temporary.household.annualCap", "2024-01-01", "10000");
    }

    private static Household household(IdNumber... ids) {
        Member[] m = new Member[ids.length];
        for (int i = 0; i < ids.length; i++) {
            m[i] = Member.builder("p" + (i + 1)).idNumber(ids[i]).noIncome().build();
        }
        return Household.of(Residence.URBAN, m);
    }

    private GrantResult grant(String date, Household h, String member, String requested, EventType type) {
        Event e = Event.of(EventKind.ACCIDENT, type).withRequested(Money.yuan(requested)).withMember(member);
        return grants.grant(new GrantRequest("g", d(date), AdminCode.NATIONAL, ProgramId.TEMPORARY, h, e));
    }

    private static LedgerGrant recorded(GrantResult r) {
        return assertInstanceOf(GrantResult.Recorded.class, r, () -> "expected a grant, got " + r).grant();
    }

    @Test
    void NA12_secondGrantOfTheYearIsReducedToWhatRemains_aThirdIsRefused_theNextYearStartsAgain() {
        assertEquals(Money.yuan("3000.00"), recorded(grant("2024-03-01", household(A), "p1", "3000.00", EventType.EXPENDITURE)).amount());
        LedgerGrant second = recorded(grant("2024-06-01", household(A), "p1", "3000.00", EventType.EXPENDITURE));
        assertEquals(Money.yuan("2000.00"), second.amount());                 // 5000 − 3000
        assertTrue(second.reasons().stream().anyMatch(r -> r.code().equals("ANNUAL_CAP_REACHED")));
        GrantResult third = grant("2024-09-01", household(A), "p1", "100.00", EventType.EXPENDITURE);
        StepRefusal refusal = assertInstanceOf(GrantResult.Refused.class, third).refusal();
        assertEquals(StepRefusal.NOT_ELIGIBLE, refusal.code());
        assertTrue(refusal.reasons().stream().anyMatch(r -> r.code().equals("ANNUAL_CAP_REACHED")));
        assertEquals(Money.yuan("3000.00"), recorded(grant("2025-01-05", household(A), "p1", "3000.00", EventType.EXPENDITURE)).amount());
    }

    @Test
    void NA12_theHouseholdCapCountsEveryPersonOfTheHousehold() {
        recorded(grant("2024-03-01", household(A, B), "p1", "4000.00", EventType.EXPENDITURE));
        recorded(grant("2024-04-01", household(A, B), "p2", "4000.00", EventType.EXPENDITURE));
        // p2: person 5000 − 4000 = 1000; household 10000 − 8000 = 2000: 1000
        assertEquals(Money.yuan("1000.00"), recorded(grant("2024-05-01", household(B, A), "p1", "3000.00", EventType.EXPENDITURE))
                .amount());
    }

    @Test
    void NA12_aPersonWithoutIdNumberMatchesNothing_andTheGrantSaysSo() {
        Household noId = Household.of(Residence.URBAN, Member.builder("p1").noIncome().build());
        recorded(grant("2024-03-01", noId, "p1", "4000.00", EventType.EXPENDITURE));
        LedgerGrant again = recorded(grant("2024-04-01", noId, "p1", "4000.00", EventType.EXPENDITURE));
        assertEquals(Money.yuan("4000.00"), again.amount());                   // not matched: not reduced
        assertTrue(again.reasons().stream().anyMatch(r -> r.code().equals(Grants.PERSON_UNIDENTIFIED)));
    }

    @Test
    void LF16_townshipWithinThePublishedLimit_countyAbove_countyWhereNoneIsPublished() {
        assertEquals(ApprovalLevel.COUNTY, recorded(grant("2024-03-01", household(A), "p1", "800.00", EventType.EXPENDITURE)).approvalLevel());
        f.publish("temporary.townshipApprovalLimit", "2024-01-01", "1000");
        assertEquals(ApprovalLevel.TOWNSHIP, recorded(grant("2024-03-02", household(B), "p1", "1000.00", EventType.EXPENDITURE)).approvalLevel());
        assertEquals(ApprovalLevel.COUNTY, recorded(grant("2024-03-03", household(B), "p1", "1000.01", EventType.EXPENDITURE)).approvalLevel());
    }

    @Test
    void NA12_emergencyIsPaidAtOnce_explainedWithinFiveWorkingDays() {
        // Thu 2024-09-26 + 5 working days: 09-27 (1), Sun 09-29 上班 (2), 09-30 (3), 国庆 10-01…07, 10-08 (4), 10-09 (5)
        LedgerGrant g = recorded(grant("2024-09-26", household(A), "p1", "500.00", EventType.EMERGENCY));
        assertTrue(g.paid());
        assertEquals(d("2024-10-09"), g.deadlines().get(Deadline.EXPLANATION_BY));
        assertFalse(g.deadlines().containsKey(Deadline.PAYMENT_BY));          // nationally no payment limit is published
        LedgerGrant e = recorded(grant("2024-09-26", household(B), "p1", "500.00", EventType.EXPENDITURE));
        assertFalse(e.paid());
        assertEquals(Optional.empty(), Optional.ofNullable(e.deadlines().get(Deadline.EXPLANATION_BY)));
    }
}
