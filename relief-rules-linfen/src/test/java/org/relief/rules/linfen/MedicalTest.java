package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.ENGINE;
import static org.relief.rules.linfen.Fixtures.d;
import static org.relief.rules.linfen.Fixtures.request;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** LF-04 (二(四)1, at least 60%) and LF-05 (二(四)2, 100% insurance subsidy). */
class MedicalTest {
    private static DeterminationRequest.Builder medical(String cost) {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1960-01-01")).build())
                .receiving(ProgramId.DIBAO);
        return request("2019-05-01", ProgramId.MEDICAL, h).event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE)
                .withInPolicySelfPaid(Money.yuan(cost)).withMember("p1"));
    }

    @Test
    void LF04_unpublishedRatio_floor60percent_7407_40() {
        // 0.6 × 12345.67 = 7407.402 ⇒ 7407.40
        Determination r = ENGINE.determine(medical("12345.67").build());
        assertEquals("7407.40", r.amount().orElseThrow().toString());
        assertTrue(r.applied("LF-04"));
        assertFalse(r.hasReason("STANDARD_BELOW_FLOOR"));
    }

    @Test
    void LF04_publishedRatioBelowFloor_usedAndFlagged() {
        // 0.5 × 8000.00 = 4000.00
        Determination r = ENGINE.determine(medical("8000.00").standard("medical.inpatient.ratio", "0.5").build());
        assertEquals("4000.00", r.amount().orElseThrow().toString());
        assertTrue(r.hasReason("STANDARD_BELOW_FLOOR"));
    }

    @Test
    void LF04_unknownCost_isUndetermined_andTheRatioBelowFloorIsNotFlagged() {
        // The ratio is the amount's standard: with event.inPolicySelfPaid absent it is not looked up at all.
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1960-01-01")).build())
                .receiving(ProgramId.DIBAO);
        Determination r = ENGINE.determine(request("2019-05-01", ProgramId.MEDICAL, h)
                .event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withMember("p1"))
                .standard("medical.inpatient.ratio", "0.5").build());
        assertEquals(org.relief.core.engine.Outcome.UNDETERMINED, r.outcome());
        assertEquals(java.util.List.of("event.inPolicySelfPaid"), r.missing());
        assertFalse(r.hasReason("STANDARD_BELOW_FLOOR"));
        assertTrue(r.versions().standards().isEmpty(), r.versions().toString());
    }

    @Test
    void LF04_publishedRatioAboveFloor_halfUp() {
        // 0.7 × 10000.05 = 7000.035 ⇒ 7000.04
        Determination r = ENGINE.determine(medical("10000.05").standard("medical.inpatient.ratio", "0.7").build());
        assertEquals("7000.04", r.amount().orElseThrow().toString());
    }

    @Test
    void LF05_insuranceContributionSubsidised100percent_forDibaoAndTekun() {
        assertEquals(Money.yuan("220.00"), InsuranceSubsidy.subsidy(Set.of(ProgramId.DIBAO), Money.yuan("220.00")));
        assertEquals(Money.yuan("0.01"), InsuranceSubsidy.subsidy(Set.of(ProgramId.TEKUN), Money.yuan("0.01")));
        assertEquals(Money.ZERO, InsuranceSubsidy.subsidy(Set.of(ProgramId.TEMPORARY), Money.yuan("220.00")));
        assertEquals(Money.ZERO, InsuranceSubsidy.subsidy(Set.of(), Money.yuan("220.00")));
    }

    @Test
    void LF05_rejectsNegativeContribution() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> InsuranceSubsidy.subsidy(Set.of(ProgramId.DIBAO), Money.yuan("-1.00")));
    }
}
