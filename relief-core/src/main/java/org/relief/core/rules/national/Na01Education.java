package org.relief.core.rules.national;

import java.util.List;
import java.util.function.BiFunction;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * 教育救助 (NA-01; 国务院令第649号 第七章): each member with an education stage who is in a covered
 * category qualifies; the determination lists the measures. The national coverage (also 许昌's
 * XC-10): household receiving dibao or tekun, any of the listed statuses, or a member under 18
 * with a disability; measure {@code educationAssistance}. Regions pass their own coverage and
 * measures (临汾 LF-06/LF-12).
 */
public final class Na01Education implements Rule {
    public static final String NO_QUALIFYING_MEMBER = "NO_QUALIFYING_MEMBER";

    private final BiFunction<Member, Evaluation, Truth> covered;
    private final BiFunction<Member, Evaluation, List<String>> measures;

    public Na01Education(BiFunction<Member, Evaluation, Truth> covered,
                         BiFunction<Member, Evaluation, List<String>> measures) {
        this.covered = covered;
        this.measures = measures;
    }

    /** The national coverage and the single measure {@code educationAssistance}. */
    public static Na01Education national() {
        return new Na01Education(Na01Education::nationalCoverage, (m, e) -> List.of("educationAssistance"));
    }

    /** The national coverage (XC-10's list). */
    public static Truth nationalCoverage(Member m, Evaluation e) {
        if (e.household().isReceiving(ProgramId.DIBAO) || e.household().isReceiving(ProgramId.TEKUN)
                || !m.statuses().isEmpty()) {
            return Truth.TRUE;
        }
        if (m.disability().isEmpty()) {
            return Truth.FALSE;
        }
        return m.ageOn(e.date()).map(a -> Truth.of(a < Na07Supplements.ADULT_AGE)).orElseGet(() -> {
            e.missing(m.path("birthDate"));
            return Truth.UNKNOWN;
        });
    }

    @Override
    public Applied apply(Evaluation e) {
        Truth any = Truth.FALSE;
        Applied trace = Applied.inputs();
        for (Member m : e.household().members()) {
            if (m.education().isEmpty()) {
                continue;
            }
            EducationStage stage = m.education().get();
            Truth c = covered.apply(m, e);
            trace = trace.with(m.id(), stage.code() + ": " + c);
            if (c.isTrue()) {
                measures.apply(m, e).forEach(e::measure);
            }
            any = any.or(c);
        }
        if (any.isFalse()) {
            e.reason(NO_QUALIFYING_MEMBER, "无符合教育救助条件的在学成员", "no member in education is in a covered category");
        }
        e.require(any);
        return trace.then("education assistance " + any + (e.measures().isEmpty() ? "" : ": " + e.measures()));
    }
}
