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
