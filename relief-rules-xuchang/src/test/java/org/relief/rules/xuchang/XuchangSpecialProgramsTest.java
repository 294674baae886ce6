package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.model.CareSetting;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Status;

/** Special programs in 许昌: XC-10 education, XC-11 housing, XC-17 disaster relief. */
class XuchangSpecialProgramsTest {
    @Test
    void XC10_everyStageForDibaoChildren_andListedStatuses() {
        for (EducationStage stage : EducationStage.values()) {
            Household h = Household.of(Residence.URBAN, Xuchang.adult("p1").noIncome().build(),
                    Member.builder("p2").birthDate(LocalDate.of(2005, 1, 1)).education(stage).noIncome().build())
                    .receiving(ProgramId.DIBAO);
            Determination d = Xuchang.determine(Xuchang.request("2023-09-01", ProgramId.EDUCATION, h));
            assertTrue(d.isEligible(), stage.code());
            assertEquals(List.of("educationAssistance"), d.measures());
        }
        for (Status s : Status.values()) {
            Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(2012, 1, 1))
                    .education(EducationStage.COMPULSORY).status(s).build());
            assertTrue(Xuchang.determine(Xuchang.request("2023-09-01", ProgramId.EDUCATION, h)).isEligible(), s.code());
        }
    }

    @Test
    void XC10_disabledChildUnder18_butNotAt18() {
        // born 2006-09-02 ⇒ 17 on 2023-09-01 (covered); born 2005-09-01 ⇒ 18 (not a child)
        Household child = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(2006, 9, 2))
                .education(EducationStage.HIGH_SCHOOL).disability(4, DisabilityKind.HEARING).build());
        Household adult = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(2005, 9, 1))
                .education(EducationStage.HIGH_SCHOOL).disability(4, DisabilityKind.HEARING).build());
        assertTrue(Xuchang.determine(Xuchang.request("2023-09-01", ProgramId.EDUCATION, child)).isEligible());
        Determination d = Xuchang.determine(Xuchang.request("2023-09-01", ProgramId.EDUCATION, adult));
        assertFalse(d.isEligible());
        assertTrue(d.hasReason("NO_QUALIFYING_MEMBER"));
        assertTrue(d.applied("XC-10"));
    }

    @Test
    void XC11_ruralRenovation_urbanPublicRental_othersNotCovered() {
        Household rural = Household.of(Residence.RURAL, Xuchang.adult("p1").noIncome().build()).receiving(ProgramId.DIBAO);
        Household urbanTekun = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1))
                .careSetting(CareSetting.DISPERSED).noIncome().build()).receiving(ProgramId.TEKUN);
        Household centralisedTekun = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1))
                .careSetting(CareSetting.CENTRALISED).noIncome().build()).receiving(ProgramId.TEKUN);
        assertEquals(List.of("dangerousHouseRenovation"),
                Xuchang.determine(Xuchang.request("2022-05-01", ProgramId.HOUSING, rural)).measures());
        assertEquals(List.of("publicRentalHousing"),
                Xuchang.determine(Xuchang.request("2022-05-01", ProgramId.HOUSING, urbanTekun)).measures());
        Determination d = Xuchang.determine(Xuchang.request("2022-05-01", ProgramId.HOUSING, centralisedTekun));
        assertFalse(d.isEligible(), "三(三)11 names dispersed tekun persons only");
        assertTrue(d.hasReason("NOT_A_RECIPIENT"));
    }

    @Test
    void XC17_xuchangsFiveDisasterItems_noDeathConsolation() {
        Household h = Household.of(Residence.RURAL, Xuchang.adult("p1").noIncome().build());
        Determination d = Xuchang.determine(Xuchang.request("2022-07-20", ProgramId.DISASTER, h)
                .event(Event.of(EventKind.DISASTER, EventType.EMERGENCY)));
        assertEquals(XuchangModule.DISASTER_MEASURES, d.measures());
        assertFalse(d.measures().contains("deathConsolation"));
        assertTrue(d.applied("XC-17"));
        Determination fire = Xuchang.determine(Xuchang.request("2022-07-20", ProgramId.DISASTER, h)
                .event(Event.of(EventKind.FIRE, EventType.EMERGENCY)));
        assertTrue(fire.hasReason("NOT_A_DISASTER"));
    }
}
