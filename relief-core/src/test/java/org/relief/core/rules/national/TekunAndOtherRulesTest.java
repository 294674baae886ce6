package org.relief.core.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.rules.national.National.determine;
import static org.relief.core.rules.national.National.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.CareSetting;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Employment;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;

/** NA-01, NA-09 … NA-13: tekun, procedure, temporary, review and the special programs. */
class TekunAndOtherRulesTest {

    private static Member tekun(String born, int itemsFailed) {
        return Member.builder("p1").birthDate(LocalDate.parse(born)).supporter(Supporter.NONE)
                .selfCareItemsFailed(itemsFailed).income(IncomeKind.BASIC_PENSION, "200")
                .income(IncomeKind.OLD_AGE_ALLOWANCE, "100").careSetting(CareSetting.DISPERSED).build();
    }

    @Test
    void NA09_NA10_elderly_basicPlusCareByLevel_yearlyValueDividedBy12() {
        // basic 11050 / 12 = 920.8333…; semi (2 items) dispersed 300 ⇒ 1220.8333… ⇒ 1220.83.
        Determination d = determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.RURAL, tekun("1950-01-01", 2)))
                .standard("dibao.rural.monthly", "700").standard("tekun.basic.rural.monthly", "920.8333333333333333")
                .standard("tekun.care.semi.dispersed.monthly", "300").standard("tekun.care.semi.monthly", "450"));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals(Optional.of(Money.yuan("1220.83")), d.monthlyAmount());
        assertEquals("920.83", d.line("basic").orElseThrow().amount().toString());
    }

    @Test
    void NA09_minorLimit16Before2021_04_26_and18From() {
        // Born 2005-04-20: 16 on 2021-04-20.
        Member teen = Member.builder("p1").birthDate(LocalDate.of(2005, 4, 20)).supporter(Supporter.NONE).noIncome()
                .selfCareItemsFailed(0).build();
        Household h = Household.of(Residence.URBAN, teen);
        Determination before = determine(request("2021-04-25", ProgramId.TEKUN, h).standard("dibao.urban.monthly", "700"));
        assertEquals(Outcome.INELIGIBLE, before.outcome());
        Determination from = determine(request("2021-04-26", ProgramId.TEKUN, h).standard("dibao.urban.monthly", "700")
                .standard("tekun.basic.monthly", "910").standard("tekun.care.selfcare.monthly", "100"));
        assertEquals(Outcome.ELIGIBLE, from.outcome());
        assertEquals(0, from.procedure().orElseThrow().publicNoticeDays(), "NA-11: minors are not published");
    }

    @Test
    void NA09_ableSupporter_isIneligible_andUnknownSupporterUndetermined() {
        Member m = Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).supporter(Supporter.ABLE).noIncome().build();
        assertTrue(determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.URBAN, m))).hasReason("HAS_ABLE_SUPPORTER"));
        Member u = Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome().build();
        Determination d = determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.URBAN, u))
                .standard("dibao.urban.monthly", "700"));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(List.of("members[p1].supporter"), d.missing());
    }

    @Test
    void NA10_unknownSelfCare_isUndetermined_beforeTheAmountStandardsAreLookedUp() {
        // Eligible elderly applicant (income 0 < 700), self-care assessment unknown, tekun.basic not published:
        // the amount's input is unknown, so its standards are not looked up — undetermined, not MISSING_STANDARD.
        Member p = Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).supporter(Supporter.NONE).noIncome().build();
        Determination d = determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.URBAN, p))
                .standard("dibao.urban.monthly", "700"));
        assertEquals(Outcome.UNDETERMINED, d.outcome(), d.refusal().map(Object::toString).orElse(""));
        assertEquals(List.of("members[p1].selfCareItemsFailed"), d.missing());
        assertTrue(d.versions().standards().stream().noneMatch(v -> v.key().startsWith("tekun.")), d.versions().toString());
        // Once the assessment is known, the unpublished basic standard is MISSING_STANDARD.
        Member known = p.toBuilder().selfCareItemsFailed(0).build();
        Determination refused = determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.URBAN, known))
                .standard("dibao.urban.monthly", "700"));
        assertEquals(Optional.of("standards.tekun.basic.urban.monthly"), refused.refusal().orElseThrow().field());
    }

    @Test
    void NA11_tekunNoticeDaysDependOnAge_unknownBirthDate_isUndetermined() {
        // Grade 1 physical disability settles NA-09 without the age; the 公示 days (0 for a minor) still need it.
        Member p = Member.builder("p1").disability(1, org.relief.core.model.DisabilityKind.PHYSICAL).supporter(Supporter.NONE)
                .selfCareItemsFailed(5).noIncome().build();
        Determination d = determine(request("2024-03-01", ProgramId.TEKUN, Household.of(Residence.URBAN, p))
                .standard("dibao.urban.monthly", "700").standard("tekun.basic.monthly", "910")
                .standard("tekun.care.full.monthly", "600"));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(List.of("members[p1].birthDate"), d.missing());
    }

    @Test
    void NA12_unknownRequestedAmount_isUndetermined_andTheCapsAreNotNeeded() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").noIncome().build());
        Determination d = determine(request("2024-06-01", ProgramId.TEMPORARY, h)
                .event(Event.of(EventKind.FIRE, EventType.EMERGENCY).withMember("p1"))
                .standard("temporary.person.annualCap", "5000"));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(List.of("event.requested"), d.missing());
        assertTrue(d.versions().standards().isEmpty(), "no cap looked up before the amount's input is known");
    }

    @Test
    void NA11_appraisalDated2021_07_01_andApprovalCounty() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1)).noIncome().build());
        assertTrue(determine(request("2021-06-30", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "700"))
                .procedure().orElseThrow().democraticAppraisal());
        Determination after = determine(request("2021-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "700"));
        assertEquals(false, after.procedure().orElseThrow().democraticAppraisal());
        assertEquals(ApprovalLevel.COUNTY, after.procedure().orElseThrow().approvalLevel());
        Determination disputed = determine(request("2021-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "700")
                .application(new Application(true, Optional.empty(), false, false)));
        assertTrue(disputed.procedure().orElseThrow().democraticAppraisal());
    }

    @Test
    void NA12_annualCaps_countOnlyThisYearUpToTheDate() {
        // Person cap 5000: used 3000 in 2024 (the 2023 grant and the one after the date do not count) ⇒ 2000 of 2500.
        Household h = Household.of(Residence.URBAN, Member.builder("p1").noIncome().build());
        Determination d = determine(request("2024-06-01", ProgramId.TEMPORARY, h)
                .event(Event.of(EventKind.FIRE, EventType.EMERGENCY).withRequested(Money.yuan("2500")).withMember("p1"))
                .standard("temporary.person.annualCap", "5000")
                .grant(new Grant(ProgramId.TEMPORARY, Optional.of("p1"), LocalDate.of(2024, 2, 1), Money.yuan("3000")))
                .grant(new Grant(ProgramId.TEMPORARY, Optional.of("p1"), LocalDate.of(2023, 12, 31), Money.yuan("4000")))
                .grant(new Grant(ProgramId.TEMPORARY, Optional.of("p1"), LocalDate.of(2024, 6, 2), Money.yuan("4000"))));
        assertEquals(Optional.of(Money.yuan("2000.00")), d.amount());
        assertTrue(d.hasReason("ANNUAL_CAP_REACHED"));
    }

    @Test
    void NA13_reviewEverySixMonths_whenIncomeUnstableAndSomeoneCanWork() {
        Member able = Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1)).laborCapacity(LaborCapacity.FULL).noIncome().build();
        Household h = Household.of(Residence.URBAN, able).withIncomeStable(false);
        assertEquals(6, determine(request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "700"))
                .procedure().orElseThrow().reviewIntervalMonths());
        assertEquals(12, determine(request("2024-03-01", ProgramId.DIBAO, h.withIncomeStable(true))
                .standard("dibao.urban.monthly", "700")).procedure().orElseThrow().reviewIntervalMonths());
    }

    @Test
    void NA01_specialPrograms_measures() {
        Member pupil = Member.builder("c1").birthDate(LocalDate.of(2012, 1, 1)).education(EducationStage.COMPULSORY)
                .status(Status.ORPHAN).build();
        assertEquals(List.of("educationAssistance"), determine(request("2024-03-01", ProgramId.EDUCATION,
                Household.of(Residence.RURAL, pupil))).measures());
        Member jobless = Member.builder("p1").laborCapacity(LaborCapacity.FULL).employment(Employment.UNEMPLOYED)
                .unemployedSince(LocalDate.of(2023, 3, 1)).build();
        Determination emp = determine(request("2024-03-01", ProgramId.EMPLOYMENT,
                Household.of(Residence.URBAN, jobless).receiving(ProgramId.DIBAO)));
        assertEquals(List.of("employmentServices", "employmentDifficultyRecognition"), emp.measures());
        assertTrue(emp.hasReason("ZERO_EMPLOYMENT_HOUSEHOLD"));
        assertEquals(List.of("dangerousHouseRenovation"), determine(request("2024-03-01", ProgramId.HOUSING,
                Household.of(Residence.RURAL, jobless).receiving(ProgramId.DIBAO))).measures());
        Determination medical = determine(request("2024-03-01", ProgramId.MEDICAL,
                Household.of(Residence.URBAN, jobless).receiving(ProgramId.DIBAO))
                .event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withInPolicySelfPaid(Money.yuan("1234.55"))
                        .withMember("p1")).standard("medical.inpatient.ratio", "0.7"));
        assertEquals(Optional.of(Money.yuan("864.19")), medical.amount()); // 0.7 × 1234.55 = 864.185 ⇒ 864.19
        assertEquals(List.of("emergencyRelief"), determine(request("2024-03-01", ProgramId.DISASTER,
                Household.of(Residence.URBAN, jobless)).event(Event.of(EventKind.DISASTER, EventType.EMERGENCY))).measures());
    }
}
