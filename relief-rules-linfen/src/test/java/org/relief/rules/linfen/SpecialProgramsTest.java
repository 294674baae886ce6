package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.ENGINE;
import static org.relief.rules.linfen.Fixtures.d;
import static org.relief.rules.linfen.Fixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Employment;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** LF-06/LF-12 (education), LF-07/LF-15 (employment), LF-11 (disaster). */
class SpecialProgramsTest {
    @Test
    void LF06_LF12_ruralDibaoCompulsory_boardingAllowance() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(d("2008-05-01"))
                .education(EducationStage.COMPULSORY).build()).receiving(ProgramId.DIBAO);
        Determination r = ENGINE.determine(request("2019-09-01", ProgramId.EDUCATION, h).build());
        assertEquals(List.of("boardingLivingAllowance"), r.measures());
        assertTrue(r.applied("LF-06"));
    }

    @Test
    void LF06_disabledChildCoveredAtCompulsoryStageOnly() {
        Member compulsory = Member.builder("p1").birthDate(d("2008-05-01")).education(EducationStage.COMPULSORY)
                .disability(3, DisabilityKind.PHYSICAL).build();
        Member highSchool = Member.builder("p1").birthDate(d("2003-05-01")).education(EducationStage.HIGH_SCHOOL)
                .disability(3, DisabilityKind.PHYSICAL).build();
        Determination yes = ENGINE.determine(request("2019-09-01", ProgramId.EDUCATION,
                Household.of(Residence.URBAN, compulsory)).build());
        assertEquals(List.of("textbookFeeWaiver"), yes.measures());
        Determination no = ENGINE.determine(request("2019-09-01", ProgramId.EDUCATION,
                Household.of(Residence.URBAN, highSchool)).build());
        assertEquals(Outcome.INELIGIBLE, no.outcome());
        assertTrue(no.hasReason("NO_QUALIFYING_MEMBER"));
    }

    @Test
    void LF12_measuresByStageAndResidence() {
        assertEquals(List.of("preschoolLivingSubsidy"), LinfenEducation.measuresFor(EducationStage.PRESCHOOL, null));
        assertEquals(List.of("boardingLivingAllowance"), LinfenEducation.measuresFor(EducationStage.COMPULSORY, Residence.RURAL));
        assertEquals(List.of("textbookFeeWaiver"), LinfenEducation.measuresFor(EducationStage.COMPULSORY, Residence.URBAN));
        assertEquals(List.of("highSchoolGrant"), LinfenEducation.measuresFor(EducationStage.HIGH_SCHOOL, Residence.RURAL));
        assertEquals(List.of("vocationalGrant"), LinfenEducation.measuresFor(EducationStage.VOCATIONAL, null));
        assertEquals(List.of("higherEducationGrantOrLoan"), LinfenEducation.measuresFor(EducationStage.HIGHER, Residence.URBAN));
        assertThrows(IllegalArgumentException.class, () -> LinfenEducation.measuresFor(EducationStage.COMPULSORY, null));
    }

    @Test
    void LF07_LF15_zeroEmploymentHousehold_longTermUnemployed() {
        // p1 unemployed since 2018-05-10, exactly 12 months before 2019-05-10
        Household h = Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(d("1980-01-01")).laborCapacity(LaborCapacity.FULL)
                        .employment(Employment.UNEMPLOYED).unemployedSince(d("2018-05-10")).build())
                .receiving(ProgramId.DIBAO);
        Determination r = ENGINE.determine(request("2019-05-10", ProgramId.EMPLOYMENT, h).build());
        assertEquals(List.of("employmentServices", "employmentDifficultyRecognition"), r.measures());
        assertTrue(r.hasReason("ZERO_EMPLOYMENT_HOUSEHOLD"));
        assertTrue(r.applied("LF-07"));
    }

    @Test
    void LF11_disasterItemsOfTheDocument() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(d("1970-01-01")).build());
        Determination r = ENGINE.determine(request("2021-08-01", ProgramId.DISASTER, h)
                .event(Event.of(EventKind.DISASTER, EventType.EMERGENCY)).build());
        assertEquals(LinfenModule.DISASTER_MEASURES, r.measures());
        assertTrue(r.applied("LF-11"));
    }
}
