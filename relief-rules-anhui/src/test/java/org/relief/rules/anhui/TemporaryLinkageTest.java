package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** AH-11 (皖民社救字〔2022〕46号 六): special assistance linked to temporary assistance. */
class TemporaryLinkageTest {
    private static final Household H = Household.of(Residence.URBAN,
            Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).seriouslyIll(true).noIncome().build());
    private static final Event ILLNESS = Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE)
            .withRequested(Money.yuan("3000.00")).withMember("p1");

    @Test
    void AH11_householdReceivingMedicalAssistance_getsTheLinkageMeasure_amountUnchanged() {
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-10-01", ProgramId.TEMPORARY,
                H.receiving(ProgramId.DIBAO, ProgramId.MEDICAL)).event(ILLNESS));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertTrue(d.measures().contains(Ah11SpecialAssistanceLinkage.MEASURE));
        assertEquals(Optional.of(Money.yuan("3000.00")), d.amount());
        assertTrue(d.applied("AH-11") && d.applied("NA-12"));
    }

    @Test
    void AH11_eachSpecialProgramCounts() {
        for (ProgramId p : Ah11SpecialAssistanceLinkage.SPECIAL_PROGRAMS) {
            Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-10-01", ProgramId.TEMPORARY,
                    H.receiving(p)).event(ILLNESS));
            assertTrue(d.measures().contains(Ah11SpecialAssistanceLinkage.MEASURE), p.id());
        }
    }

    @Test
    void AH11_noSpecialAssistance_notApplied() {
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-10-01", ProgramId.TEMPORARY,
                H.receiving(ProgramId.DIBAO)).event(ILLNESS));
        assertFalse(d.applied("AH-11"));
        assertTrue(d.measures().isEmpty());
        assertEquals(Optional.of(Money.yuan("3000.00")), d.amount());
    }

    @Test
    void AH11_requestedUnknown_staysUndetermined() {
        Event noAmount = Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withMember("p1");
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-10-01", ProgramId.TEMPORARY,
                H.receiving(ProgramId.MEDICAL)).event(noAmount));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertTrue(d.missing().contains("event.requested"));
    }
}
