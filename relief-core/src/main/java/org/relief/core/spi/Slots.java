package org.relief.core.spi;

import java.util.List;
import java.util.Map;
import org.relief.core.model.ProgramId;

/**
 * The named places of the national pipelines where a rule sits. The national baseline fills most;
 * a module overrides a slot with its own rule (citing its own id) or fills an empty one (e.g.
 * {@link #DIBAO_EXTRA_LINES} for 许昌's voucher, {@link #TEMPORARY_RANGE} for 聊城's ranges).
 */
public final class Slots {
    /** NA-04: counted income of every member (exemptions, employment cost). */
    public static final String INCOME = "income";
    /** NA-02: dibao eligibility (income and assets). */
    public static final String DIBAO_ELIGIBILITY = "dibao.eligibility";
    /** NA-05: gradual exit (渐退期). */
    public static final String DIBAO_GRADUAL_EXIT = "dibao.gradualExit";
    /**
     * Empty nationally: a regional rule that keeps an otherwise ineligible recipient household
     * (临汾 LF-08: a first business keeps dibao for one quarter). Runs after the gradual exit.
     */
    public static final String DIBAO_CONTINUATION = "dibao.continuation";
    /** NA-06: 单人户. */
    public static final String DIBAO_SINGLE_PERSON = "dibao.singlePerson";
    /** NA-03: dibao amount (差额救助). */
    public static final String DIBAO_AMOUNT = "dibao.amount";
    /** NA-07: 分类施保 supplements. */
    public static final String DIBAO_SUPPLEMENTS = "dibao.supplements";
    /** Empty nationally: lines beside the cash benefit (许昌 XC-14 voucher). */
    public static final String DIBAO_EXTRA_LINES = "dibao.extraLines";
    /** NA-08: low-income household. */
    public static final String LOW_INCOME = "lowIncome";
    /** NA-09: tekun eligibility (categories with the dated minor age limit, supporter, income). */
    public static final String TEKUN_ELIGIBILITY = "tekun.eligibility";
    /** NA-10: tekun basic living standard (聊城 LC-04 derives it). */
    public static final String TEKUN_BASIC_STANDARD = "tekun.basicStandard";
    /** NA-10: tekun care standard by self-care level (聊城 LC-05 derives it). */
    public static final String TEKUN_CARE_STANDARD = "tekun.careStandard";
    /** NA-10: tekun amount = basic + care. */
    public static final String TEKUN_AMOUNT = "tekun.amount";
    /** Empty nationally: permitted range of a temporary grant (聊城 LC-06). */
    public static final String TEMPORARY_RANGE = "temporary.range";
    /** NA-12: temporary grant and annual caps. */
    public static final String TEMPORARY_GRANT = "temporary.grant";
    /** Empty nationally: who approves the grant once it is known (临汾 LF-16 township limit). */
    public static final String TEMPORARY_APPROVAL = "temporary.approval";
    /** Medical assistance (NA-01; 临汾 LF-04). */
    public static final String MEDICAL = "medical";
    /** Education assistance (NA-01; XC-10, LF-06/LF-12). */
    public static final String EDUCATION = "education";
    /** Housing assistance (NA-01; XC-11). */
    public static final String HOUSING = "housing";
    /** Employment assistance (NA-01; LF-07, LF-15). */
    public static final String EMPLOYMENT = "employment";
    /** Disaster relief (NA-01; XC-17, LF-11). */
    public static final String DISASTER = "disaster";
    /** NA-11: democratic appraisal (民主评议). */
    public static final String PROCEDURE_APPRAISAL = "procedure.appraisal";
    /** NA-11: approval level (审核确认). */
    public static final String PROCEDURE_APPROVAL = "procedure.approval";
    /** NA-11: public notice days (公示). */
    public static final String PROCEDURE_NOTICE = "procedure.notice";
    /** NA-13: review interval. */
    public static final String PROCEDURE_REVIEW = "procedure.review";

    // ---- case lifecycle slots (rules implementing org.relief.core.lifecycle.CaseRule)

    /** NA-11: 授权核对 consent on {@code apply} ({@code CONSENT_REQUIRED}). */
    public static final String CASE_CONSENT = "case.consent";
    /** Empty nationally: a commitment the applicant must sign on {@code apply} (聊城 LC-10 守信承诺). */
    public static final String CASE_COMMITMENT = "case.commitment";
    /** Empty nationally: where and how an application may be made (许昌 XC-13: residence permit, online). */
    public static final String CASE_CHANNEL = "case.channel";
    /** NA-11: the working-day deadlines, set on {@code accept}, {@code extend}, {@code propose} and {@code decide}. */
    public static final String CASE_DEADLINES = "case.deadlines";
    /** Empty nationally: records filed on {@code accept} (临汾 LF-02 staff relatives). */
    public static final String CASE_FILING = "case.filing";
    /** NA-11: the household survey (at least two surveyors). */
    public static final String CASE_SURVEY = "case.survey";
    /** NA-13: a review's outcome (keep, adjust, gradual exit, terminate). */
    public static final String CASE_REVIEW = "case.review";
    /** NA-13: the notice and last month paid of a termination (临汾 LF-14 for tekun). */
    public static final String CASE_TERMINATION = "case.termination";
    /** NA-13: a member's death (许昌 XC-09: the month of death is paid and not recovered). */
    public static final String CASE_DEATH = "case.death";
    /** NA-13: assistance obtained by fraud — the dishonesty record (聊城 LC-10) and the recovery (许昌 XC-15). */
    public static final String CASE_FRAUD = "case.fraud";

    /** NA-14: the price subsidy of the month (安徽 AH-06 restates it); rules implementing org.relief.core.roster.RosterRule. */
    public static final String ROSTER_PRICE_SUBSIDY = "roster.priceSubsidy";
    /** Empty nationally: the payment calendar of a roster (安徽 AH-07). */
    public static final String ROSTER_PAYMENT_DATES = "roster.paymentDates";
    /** Empty nationally: the county's sample re-check of township decisions (安徽 AH-05: the share). */
    public static final String COUNTY_SAMPLE = "county.sample";
    /** Every roster slot, in the order a roster runs them. */
    public static final List<String> ROSTER_SLOTS = List.of(ROSTER_PRICE_SUBSIDY, ROSTER_PAYMENT_DATES);
    /** Every slot of the county's monthly rules (roster slots and the sample). */
    public static final List<String> COUNTY_SLOTS = List.of(ROSTER_PRICE_SUBSIDY, ROSTER_PAYMENT_DATES, COUNTY_SAMPLE);

    /** For each step code, the case slots it runs, in order. */
    public static final Map<String, List<String>> CASE_STEPS = Map.of(
            "apply", List.of(CASE_CONSENT, CASE_COMMITMENT, CASE_CHANNEL),
            "accept", List.of(CASE_DEADLINES, CASE_FILING),
            "survey", List.of(CASE_SURVEY),
            "propose", List.of(CASE_DEADLINES),
            "extend", List.of(CASE_DEADLINES),
            "decide", List.of(CASE_DEADLINES),
            "review", List.of(CASE_REVIEW, CASE_TERMINATION),
            "terminate", List.of(CASE_TERMINATION),
            "death", List.of(CASE_DEATH),
            "fraud", List.of(CASE_FRAUD, CASE_TERMINATION));

    /** Every case slot. */
    public static final java.util.Set<String> CASE_SLOTS = java.util.Set.of(CASE_CONSENT, CASE_COMMITMENT, CASE_CHANNEL,
            CASE_DEADLINES, CASE_FILING, CASE_SURVEY, CASE_REVIEW, CASE_TERMINATION, CASE_DEATH, CASE_FRAUD);

    private static final List<String> PROCEDURE = List.of(PROCEDURE_APPRAISAL, PROCEDURE_APPROVAL, PROCEDURE_NOTICE,
            PROCEDURE_REVIEW);

    /** The national pipelines: for each program, its slots in order of evaluation. */
    public static final Map<ProgramId, List<String>> PIPELINES = Map.of(
            ProgramId.DIBAO, concat(List.of(INCOME, DIBAO_ELIGIBILITY, DIBAO_GRADUAL_EXIT, DIBAO_CONTINUATION, DIBAO_SINGLE_PERSON,
                    DIBAO_AMOUNT, DIBAO_SUPPLEMENTS, DIBAO_EXTRA_LINES), PROCEDURE),
            ProgramId.LOW_INCOME, concat(List.of(INCOME, DIBAO_ELIGIBILITY, DIBAO_GRADUAL_EXIT, DIBAO_CONTINUATION, LOW_INCOME),
                    PROCEDURE),
            ProgramId.TEKUN, concat(List.of(TEKUN_ELIGIBILITY, TEKUN_BASIC_STANDARD, TEKUN_CARE_STANDARD, TEKUN_AMOUNT),
                    PROCEDURE),
            ProgramId.TEMPORARY, List.of(TEMPORARY_RANGE, TEMPORARY_GRANT, TEMPORARY_APPROVAL),
            ProgramId.MEDICAL, List.of(MEDICAL),
            ProgramId.EDUCATION, List.of(EDUCATION),
            ProgramId.HOUSING, List.of(HOUSING),
            ProgramId.EMPLOYMENT, List.of(EMPLOYMENT),
            ProgramId.DISASTER, List.of(DISASTER));

    private Slots() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>(a);
        l.addAll(b);
        return List.copyOf(l);
    }
}
