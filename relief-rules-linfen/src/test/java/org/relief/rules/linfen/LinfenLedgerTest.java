package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.StepRefusal;
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
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * 临汾 in relief-core's temporary-assistance ledger: LF-09's shipped caps counted over every grant of
 * the calendar year by ID number, LF-04's medical grants in the same ledger but outside the temporary
 * caps, LF-16's approval level under the limit a county publishes (a test figure).
 */
class LinfenLedgerTest {
    // GB 11643 check digits computed apart
    private static final IdNumber XIANGNING = IdNumber.parse("141029196804150218", "idNumber");
    private static final IdNumber YONGHE = IdNumber.parse("141032195901090214", "idNumber");
    private final List<PublishedStandard> published = new ArrayList<>();
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new LinfenModule()), () -> StandardsTable.of(List.copyOf(published))));
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Grants grants = new Grants(lifecycle, ledger);

    private static Household one(IdNumber id, boolean dibao) {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").idNumber(id).noIncome().build());
        return dibao ? h.receiving(ProgramId.DIBAO) : h;
    }

    private GrantResult temporary(String county, String date, Household h, String requested) {
        Event e = Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withRequested(Money.yuan(requested)).withMember("p1");
        return grants.grant(new GrantRequest("g", d(date), AdminCode.of(county), ProgramId.TEMPORARY, h, e));
    }

    private static LedgerGrant recorded(GrantResult r) {
        return assertInstanceOf(GrantResult.Recorded.class, r, () -> "expected a grant, got " + r).grant();
    }

    @Test
    void LF09_theCapsCountEveryGrantOfTheYearInTheLedger_andStartAgainOnTheFirstOfJanuary() {
        Household h = one(XIANGNING, false);
        assertEquals(Money.yuan("4000.00"), recorded(temporary("141029", "2023-12-27", h, "4000.00")).amount());
        LedgerGrant reduced = recorded(temporary("141029", "2023-12-29", h, "2000.00"));
        assertEquals(Money.yuan("1000.00"), reduced.amount());                  // 5000 − 4000
        assertTrue(reduced.reasons().stream().anyMatch(r -> r.code().equals("ANNUAL_CAP_REACHED")));
        assertTrue(reduced.determination().applied("LF-09"));
        StepRefusal none = assertInstanceOf(GrantResult.Refused.class, temporary("141029", "2023-12-30", h, "1.00")).refusal();
        assertEquals(StepRefusal.NOT_ELIGIBLE, none.code());
        assertEquals(Money.yuan("5000.00"), recorded(temporary("141029", "2024-01-02", h, "5000.00")).amount());
    }

    @Test
    void LF04_medicalGrantsAreInTheSameLedger_butOutsideTheTemporaryCaps() {
        Household h = one(YONGHE, true);
        Event hospital = Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withInPolicySelfPaid(Money.yuan("12345.67"))
                .withMember("p1");
        LedgerGrant medical = recorded(grants.grant(new GrantRequest("m1", d("2024-04-08"), AdminCode.of("141032"), ProgramId.MEDICAL,
                h, hospital)));
        assertEquals(Money.yuan("7407.40"), medical.amount());                 // 0.6 × 12345.67 = 7407.402
        assertTrue(medical.determination().applied("LF-04"));
        assertEquals(Money.yuan("5000.00"), recorded(temporary("141032", "2024-05-06", h, "5000.00")).amount());
        try (Stream<LedgerGrant> year = ledger.inYear(AdminCode.of("141032"), 2024)) {
            assertEquals(List.of(ProgramId.MEDICAL, ProgramId.TEMPORARY), year.map(LedgerGrant::program).toList());
        }
    }

    @Test
    void LF16_theLedgerRecordsTheApprovalLevel_underTheLimitTheCountyPublishes() {
        published.add(new PublishedStandard(StandardKey.TOWNSHIP_APPROVAL_LIMIT, AdminCode.of("141030"), d("2024-01-01"),
                Optional.empty(), new BigDecimal("1000"), StandardUnit.NUMBER, Provenance.reportedBy("test figure")));
        Household h = Household.of(Residence.RURAL, Member.builder("p1").noIncome().build());
        assertEquals(ApprovalLevel.TOWNSHIP, recorded(temporary("141030", "2024-03-04", h, "1000.00")).approvalLevel());
        assertEquals(ApprovalLevel.COUNTY, recorded(temporary("141030", "2024-03-04", h, "1000.01")).approvalLevel());
        assertEquals(ApprovalLevel.COUNTY, recorded(temporary("141031", "2024-03-04", h, "500.00")).approvalLevel()); // none published
    }
}
