package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Lifecycle;
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
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardsTable;

/**
 * 聊城's temporary assistance through the ledger ({@link Grants}): LC-07 (an emergency grant is paid within
 * 24 hours: the shipped document figure {@code temporary.emergencyPaymentDays} = 1 gives {@code paymentBy}
 * the next calendar day) and LC-06 (the expenditure ranges on the shipped urban standard), no cap published.
 */
class LiaochengLedgerTest {
    private static final AdminCode GUANXIAN = AdminCode.of("371525");
    // GB 11643 check digits computed by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → 1 0 X 9 8 7 6 5 4 3 2)
    private static final IdNumber HEAD = IdNumber.parse("371525198503120019", "idNumber");

    private final Grants grants = new Grants(Lifecycle.create(ReliefEngine.create(RuleModules.of(new LiaochengModule()))),
            new InMemoryLedger());

    @Test
    void LC07_theShippedPaymentLimitIsOneDay_aDocumentFigureThatNeverGoesStale() {
        StandardsTable table = RuleModules.of(new LiaochengModule()).byId("liaocheng").orElseThrow().standards();
        PublishedStandard days = table.inForce(StandardKey.EMERGENCY_PAYMENT_DAYS, GUANXIAN, LocalDate.of(2020, 10, 15)).orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(days.value()));
        assertEquals(AdminCode.of("371500"), days.area());
        assertEquals(Optional.of("聊政字〔2020〕28号"), days.provenance().documentNumber());
        // a figure of the document itself: still in force years later (no staleness), never before the document
        assertTrue(table.inForce(StandardKey.EMERGENCY_PAYMENT_DAYS, GUANXIAN, LocalDate.of(2031, 6, 30)).isPresent());
        assertTrue(table.inForce(StandardKey.EMERGENCY_PAYMENT_DAYS, GUANXIAN, LocalDate.of(2020, 10, 14)).isEmpty());
    }

    @Test
    void LC07_anEmergencyGrantIsPaidAtOnce_dueByTheNextDay_explainedWithinFiveWorkingDays() {
        // Mon 2024-09-30: paymentBy = 09-30 + 1 calendar day = 10-01 (the 24 hours run through 国庆);
        // explanationBy: 国庆 10-01…07 off, 10-08 (1), 10-09 (2), 10-10 (3), 10-11 (4), Sat 10-12 调休 上班 (5) → 2024-10-12
        LedgerGrant g = recorded(grant("2024-09-30", EventKind.FIRE, EventType.EMERGENCY, "2000.00"));
        assertTrue(g.paid());
        assertEquals(Money.yuan("2000.00"), g.amount());
        assertEquals(LocalDate.of(2024, 10, 1), g.deadlines().get(Deadline.PAYMENT_BY));
        assertEquals(LocalDate.of(2024, 10, 12), g.deadlines().get(Deadline.EXPLANATION_BY));
        // no township limit is published in 聊城: the county approves (the ledger's default where no limit is published; LC-13's 审核确认 read as the dibao/tekun decision, README)
        assertEquals(ApprovalLevel.COUNTY, g.approvalLevel());
        // an expenditure grant is approved, not paid: neither deadline
        LedgerGrant e = recorded(grant("2024-09-30", EventKind.ACCIDENT, EventType.EXPENDITURE, "2000.00"));
        assertFalse(e.paid());
        assertFalse(e.deadlines().containsKey(Deadline.PAYMENT_BY));
        assertFalse(e.deadlines().containsKey(Deadline.EXPLANATION_BY));
    }

    @Test
    void LC07_paymentByNeedsNoCalendar_explanationByIsAbsentBeyondIt() {
        // Mon 2026-12-28: paymentBy 12-29 (calendar days); the 2027 arrangement is not in the data, so from 20 December
        // 2026 on the working-day calendar is unavailable: no explanationBy, reason CALENDAR_UNAVAILABLE, the grant is still paid
        LedgerGrant g = recorded(grant("2026-12-28", EventKind.ACCIDENT, EventType.EMERGENCY, "800.00"));
        assertEquals(LocalDate.of(2026, 12, 29), g.deadlines().get(Deadline.PAYMENT_BY));
        assertFalse(g.deadlines().containsKey(Deadline.EXPLANATION_BY));
        assertTrue(g.reasons().stream().anyMatch(r -> r.code().equals("CALENDAR_UNAVAILABLE")), g.reasons().toString());
        assertTrue(g.paid());
    }

    @Test
    void LC06_aSeriousIllnessGrantIsBroughtIntoItsRange_onTheShippedUrbanStandard() {
        // 2024: 3 × 931 = 2793 … 12 × 931 = 11172; 15000 requested → 11172.00 (OUTSIDE_PERMITTED_RANGE), rural household alike
        LedgerGrant g = recorded(grants.grant(new GrantRequest("g", LocalDate.of(2024, 5, 6), GUANXIAN, ProgramId.TEMPORARY,
                Household.of(Residence.RURAL, Member.builder("p1").idNumber(HEAD).noIncome().build()),
                Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withRequested(Money.yuan("15000.00")).withMember("p1"))));
        assertEquals(Money.yuan("11172.00"), g.amount());
        assertTrue(g.reasons().stream().anyMatch(r -> r.code().equals("OUTSIDE_PERMITTED_RANGE")), g.reasons().toString());
    }

    private GrantResult grant(String date, EventKind kind, EventType type, String requested) {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").idNumber(HEAD).noIncome().build());
        return grants.grant(new GrantRequest("g", LocalDate.parse(date), GUANXIAN, ProgramId.TEMPORARY, h,
                Event.of(kind, type).withRequested(Money.yuan(requested)).withMember("p1")));
    }

    private static LedgerGrant recorded(GrantResult r) {
        return assertInstanceOf(GrantResult.Recorded.class, r, () -> "expected a grant, got " + r).grant();
    }
}
