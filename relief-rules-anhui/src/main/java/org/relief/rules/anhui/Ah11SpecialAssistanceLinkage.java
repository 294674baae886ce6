package org.relief.rules.anhui;

import java.util.List;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * AH-11 — 皖民社救字〔2022〕46号 六: a household in need that has applied for medical assistance or
 * another special assistance (专项救助) and qualifies is to be taken into temporary assistance
 * (纳入临时救助范围), so that the two are linked (有效衔接).
 *
 * <p>Interpretation. The case format has no "has applied for" input; the observable fact is that
 * the household {@code receiving} one of the special programs (medical, education, housing,
 * employment), which it can only be after applying. For such a household the temporary-assistance
 * determination carries the measure {@value #MEASURE}, telling the caseworker that this grant is the
 * linkage the clause requires. The clause sets no amount and no condition of its own ("符合条件的"
 * refers to the ordinary temporary-assistance conditions), so the rule changes neither the
 * eligibility nor the amount: the national NA-12 grant and caps follow unchanged. For a household
 * receiving no special program the rule does not apply (no trace entry).
 *
 * <p>It sits in the otherwise empty {@code temporary.range} slot and leaves the proposed amount
 * untouched.
 */
public final class Ah11SpecialAssistanceLinkage implements Rule {
    /** Measure code: temporary assistance as the linkage to special assistance (专项救助衔接). */
    public static final String MEASURE = "specialAssistanceLinkage";

    /** The special assistance programs (专项救助) of 国务院令第649号 that the clause names ("医疗救助等"). */
    public static final List<ProgramId> SPECIAL_PROGRAMS = List.of(ProgramId.MEDICAL, ProgramId.EDUCATION,
            ProgramId.HOUSING, ProgramId.EMPLOYMENT);

    @Override
    public Applied apply(Evaluation e) {
        List<String> receiving = SPECIAL_PROGRAMS.stream().filter(e.household()::isReceiving).map(ProgramId::id).toList();
        if (receiving.isEmpty()) {
            return Applied.notApplicable();
        }
        e.measure(MEASURE);
        return Applied.inputs().with("receivingSpecialAssistance", String.join(", ", receiving))
                .then("纳入临时救助范围，与专项救助衔接 / taken into temporary assistance as the linkage to special assistance");
    }
}
