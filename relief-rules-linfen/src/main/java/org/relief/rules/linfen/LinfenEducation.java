package org.relief.rules.linfen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Truth;
import org.relief.core.rules.national.Na07Supplements;
import org.relief.core.spi.Evaluation;

/**
 * 临汾 education assistance, passed to the national {@code Na01Education}:
 * <ul>
 *   <li>LF-06 — 临社救办发〔2015〕3号 二(五)1, coverage ({@link #covered}): members of a household
 *   receiving dibao or tekun, at every stage (compulsory: 给予; high school, vocational, higher:
 *   根据实际情况给予适当救助 — the engine reports them as qualifying, the amount is the county's);
 *   and, at the compulsory stage only, disabled children (a member under 18 with a disability).</li>
 *   <li>LF-12 — 二(五)2, the form of assistance by stage and residence ({@link #measuresFor}).</li>
 * </ul>
 */
public final class LinfenEducation {
    /** LF-12 measure codes. */
    public static final String PRESCHOOL_LIVING_SUBSIDY = "preschoolLivingSubsidy";
    public static final String BOARDING_LIVING_ALLOWANCE = "boardingLivingAllowance";
    public static final String TEXTBOOK_FEE_WAIVER = "textbookFeeWaiver";
    public static final String HIGH_SCHOOL_GRANT = "highSchoolGrant";
    public static final String VOCATIONAL_GRANT = "vocationalGrant";
    public static final String HIGHER_EDUCATION_GRANT_OR_LOAN = "higherEducationGrantOrLoan";

    private LinfenEducation() {
    }

    /** LF-06: whether a member in education is in a covered category (three-valued: age may be unknown). */
    public static Truth covered(Member m, Evaluation e) {
        if (e.household().isReceiving(ProgramId.DIBAO) || e.household().isReceiving(ProgramId.TEKUN)) {
            return Truth.TRUE;
        }
        // 不能入学接受义务教育的残疾儿童: read as a disabled child at the compulsory stage.
        if (m.education().orElse(null) != EducationStage.COMPULSORY || m.disability().isEmpty()) {
            return Truth.FALSE;
        }
        Optional<Integer> age = m.ageOn(e.date());
        if (age.isEmpty()) {
            e.missing(m.path("birthDate"));
            return Truth.UNKNOWN;
        }
        return Truth.of(age.get() < Na07Supplements.ADULT_AGE);
    }

    /**
     * LF-12 measures of a covered member; at the compulsory stage they depend on the household's
     * residence, reported missing ({@code household.residence}) when unknown.
     */
    public static List<String> measures(Member m, Evaluation e) {
        EducationStage stage = m.education().orElseThrow();
        Optional<Residence> residence = e.household().residence();
        if (stage == EducationStage.COMPULSORY && residence.isEmpty()) {
            e.missing("household.residence");
            return List.of();
        }
        return measuresFor(stage, residence.orElse(null));
    }

    /**
     * LF-12 (二(五)2): preschool — living subsidy; compulsory — living allowance for rural (boarding)
     * students, textbook fees waived for urban students; high school — national grant; vocational —
     * grant; higher — national grants and loans.
     *
     * @param residence needed at the compulsory stage only (may be null at the others)
     * @throws IllegalArgumentException when the stage is compulsory and the residence is null
     */
    public static List<String> measuresFor(EducationStage stage, Residence residence) {
        Objects.requireNonNull(stage, "stage");
        return switch (stage) {
            case PRESCHOOL -> List.of(PRESCHOOL_LIVING_SUBSIDY);
            case COMPULSORY -> {
                if (residence == null) {
                    throw new IllegalArgumentException("义务教育阶段须知城乡属性 / the residence is needed at the compulsory stage");
                }
                yield residence == Residence.RURAL ? List.of(BOARDING_LIVING_ALLOWANCE) : List.of(TEXTBOOK_FEE_WAIVER);
            }
            case HIGH_SCHOOL -> List.of(HIGH_SCHOOL_GRANT);
            case VOCATIONAL -> List.of(VOCATIONAL_GRANT);
            case HIGHER -> List.of(HIGHER_EDUCATION_GRANT_OR_LOAN);
        };
    }
}
