package org.relief.core.rules.national;

import java.util.List;
import org.relief.core.model.Employment;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * 就业救助 (NA-01; 国务院令第649号 第八章; 临汾 LF-07, LF-15): a household receiving dibao with a member
 * able to work (full or partial) and unemployed qualifies ({@code employmentServices}); when every
 * able member is unemployed, {@code ZERO_EMPLOYMENT_HOUSEHOLD}; a member unemployed since 12
 * months or more before the date adds {@code employmentDifficultyRecognition}.
 */
public final class Na01Employment implements Rule {
    public static final String ZERO_EMPLOYMENT_HOUSEHOLD = "ZERO_EMPLOYMENT_HOUSEHOLD";
    public static final String NO_UNEMPLOYED_ABLE_MEMBER = "NO_UNEMPLOYED_ABLE_MEMBER";

    @Override
    public Applied apply(Evaluation e) {
        if (!e.household().isReceiving(ProgramId.DIBAO)) {
            e.reason(Na01Medical.NOT_A_RECIPIENT, "非低保家庭", "not a dibao household");
            e.require(Truth.FALSE);
            return Applied.result("not a dibao household");
        }
        List<Member> able = e.household().members().stream().filter(m -> m.laborCapacity()
                .map(c -> c == LaborCapacity.FULL || c == LaborCapacity.PARTIAL).orElse(false)).toList();
        List<Member> unknownCapacity = e.household().members().stream().filter(m -> m.laborCapacity().isEmpty()
                && m.employment() == Employment.UNEMPLOYED).toList();
        List<Member> unemployed = able.stream().filter(m -> m.employment() == Employment.UNEMPLOYED).toList();
        if (unemployed.isEmpty()) {
            if (!unknownCapacity.isEmpty()) {
                unknownCapacity.forEach(m -> e.missing(m.path("laborCapacity")));
                e.require(Truth.UNKNOWN);
                return Applied.result("labour capacity of unemployed members unknown");
            }
            e.reason(NO_UNEMPLOYED_ABLE_MEMBER, "无有劳动能力的失业成员", "no member able to work is unemployed");
            e.require(Truth.FALSE);
            return Applied.result("no unemployed member able to work");
        }
        e.measure("employmentServices");
        if (unemployed.size() == able.size()) {
            e.reason(ZERO_EMPLOYMENT_HOUSEHOLD, "零就业家庭：至少帮扶一人就业", "zero-employment household: help at least one member into work");
        }
        boolean longTerm = unemployed.stream().anyMatch(m -> m.unemployedSince()
                .map(s -> !s.isAfter(e.date().minusMonths(12))).orElse(false));
        if (longTerm) {
            e.measure("employmentDifficultyRecognition");
        }
        return Applied.inputs().with("ableMembers", able.size()).with("unemployedAble", unemployed.size())
                .then("employment assistance: " + e.measures());
    }
}
