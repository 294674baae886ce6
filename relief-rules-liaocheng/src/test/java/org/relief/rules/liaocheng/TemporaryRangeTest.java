package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.liaocheng.Liaocheng.determine;
import static org.relief.rules.liaocheng.Liaocheng.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;

/** LC-06: expenditure-type temporary assistance 3–12 × (serious illness) and 3–6 × (education) the urban dibao standard. */
class TemporaryRangeTest {
    private static final Household RURAL = Household.of(Residence.RURAL,
            Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).build());

    private static Determination temporary(String date, EventKind kind, EventType type, String requested) {
        Event e = Event.of(kind, type).withMember("p1");
        if (requested != null) {
            e = e.withRequested(Money.yuan(requested));
        }
        return determine(request(date, ProgramId.TEMPORARY, RURAL).event(e));
    }

    @Test
    void LC06_seriousIllness_3to12TimesUrbanStandard_evenForARuralHousehold() {
        // shipped 2023 urban 871: 3 × 871 = 2613.00, 12 × 871 = 10452.00; 5000 inside
        Determination d = temporary("2023-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, "5000.00");
        assertEquals(Optional.of(Money.yuan("2613.00")), d.amountMin());
        assertEquals(Optional.of(Money.yuan("10452.00")), d.amountMax());
        assertEquals(Optional.of(Money.yuan("5000.00")), d.amount());
        assertFalse(d.hasReason("OUTSIDE_PERMITTED_RANGE"));
        assertTrue(d.applied("LC-06") && d.applied("NA-12"));
    }

    @Test
    void LC06_outsideRange_broughtToNearerBound() {
        Determination above = temporary("2023-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, "12000.00");
        assertEquals(Optional.of(Money.yuan("10452.00")), above.amount());
        assertTrue(above.hasReason("OUTSIDE_PERMITTED_RANGE"));
        Determination below = temporary("2023-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, "1000.00");
        assertEquals(Optional.of(Money.yuan("2613.00")), below.amount());
        assertTrue(below.hasReason("OUTSIDE_PERMITTED_RANGE"));
        Determination atMax = temporary("2023-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, "10452.00");
        assertEquals(Optional.of(Money.yuan("10452.00")), atMax.amount());
        assertFalse(atMax.hasReason("OUTSIDE_PERMITTED_RANGE"));
    }

    @Test
    void LC06_education_3to6Times() {
        // shipped 2024 urban 931: 2793.00 – 5586.00
        Determination d = temporary("2024-03-01", EventKind.EDUCATION, EventType.EXPENDITURE, "6000.00");
        assertEquals(Optional.of(Money.yuan("2793.00")), d.amountMin());
        assertEquals(Optional.of(Money.yuan("5586.00")), d.amountMax());
        assertEquals(Optional.of(Money.yuan("5586.00")), d.amount());
    }

    @Test
    void LC06_emergencyAndOtherKinds_haveNoRange() {
        Determination emergency = temporary("2023-05-01", EventKind.SERIOUS_ILLNESS, EventType.EMERGENCY, "800.00");
        assertTrue(emergency.amountMin().isEmpty());
        assertFalse(emergency.applied("LC-06"));
        assertEquals(Optional.of(Money.yuan("800.00")), emergency.amount());
        Determination fire = temporary("2023-05-01", EventKind.FIRE, EventType.EXPENDITURE, "1500.00");
        assertTrue(fire.amountMax().isEmpty());
        assertEquals(Optional.of(Money.yuan("1500.00")), fire.amount());
    }

    @Test
    void LC06_unknownRequestedOrType_isUndetermined() {
        Determination noAmount = temporary("2023-05-01", EventKind.EDUCATION, EventType.EXPENDITURE, null);
        assertEquals(Outcome.UNDETERMINED, noAmount.outcome());
        assertEquals(List.of("event.requested"), noAmount.missing());
        assertTrue(noAmount.amountMin().isEmpty() && noAmount.amountMax().isEmpty(),
                "the range is the amount's standard: not reported before the amount's input is known");
        Determination noType = temporary("2023-05-01", EventKind.EDUCATION, null, "3000.00");
        assertEquals(Outcome.UNDETERMINED, noType.outcome());
        assertEquals(List.of("event.type"), noType.missing());
    }

    @Test
    void LC06_rangeFirst_thenAnnualCap() {
        // urban 720 ⇒ max 8640; 12000 ⇒ 8640; person cap 5000 − 3000 used ⇒ 2000.00
        Event e = Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withMember("p1").withRequested(Money.yuan("12000"));
        Determination d = determine(request("2022-08-01", ProgramId.TEMPORARY, RURAL).event(e)
                .standard("dibao.urban.monthly", "720").standard("temporary.person.annualCap", "5000")
                .grant(new Grant(ProgramId.TEMPORARY, Optional.of("p1"), LocalDate.of(2022, 1, 10), Money.yuan("3000"))));
        assertEquals(Optional.of(Money.yuan("2000.00")), d.amount());
        assertTrue(d.hasReason("OUTSIDE_PERMITTED_RANGE") && d.hasReason("ANNUAL_CAP_REACHED"));
    }

    @Test
    void LC06_unknownRequested_withNoUrbanStandard_isUndetermined_notMissingStandard() {
        // 2022-05-01: no urban standard shipped for that date and none given; the requested amount is unknown.
        Determination d = temporary("2022-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, null);
        assertEquals(Outcome.UNDETERMINED, d.outcome(), d.refusal().map(Object::toString).orElse(""));
        assertEquals(List.of("event.requested"), d.missing());
        assertTrue(d.amountMin().isEmpty());
    }

    @Test
    void LC06_noUrbanStandard_isMissingStandard() {
        Determination d = temporary("2022-05-01", EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE, "5000.00");
        assertEquals(RefusalCode.MISSING_STANDARD, d.refusal().orElseThrow().code());
        assertEquals(Optional.of("standards.dibao.urban.monthly"), d.refusal().orElseThrow().field());
    }
}
