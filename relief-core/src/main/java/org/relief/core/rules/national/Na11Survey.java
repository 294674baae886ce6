package org.relief.core.rules.national;

import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.spi.Applied;

/**
 * NA-11 — 民发〔2021〕57号 (调查核实): the household survey (入户调查) is made by at least two
 * surveyors ({@code TOO_FEW_SURVEYORS}, field {@code surveyors}).
 */
public final class Na11Survey implements CaseRule {
    /** At least two surveyors. */
    public static final int MINIMUM_SURVEYORS = 2;

    @Override
    public Applied apply(CaseContext c) {
        int n = ((Step.Survey) c.step()).surveyors();
        if (n < MINIMUM_SURVEYORS) {
            c.refuse(StepRefusal.TOO_FEW_SURVEYORS, "surveyors",
                    "入户调查须有至少 " + MINIMUM_SURVEYORS + " 名调查人员，实有 " + n + " 名",
                    "a household survey needs at least " + MINIMUM_SURVEYORS + " surveyors, got " + n);
        }
        return Applied.inputs().with("surveyors", n).then(n >= MINIMUM_SURVEYORS ? "调查人员 " + n + " 名，符合要求"
                : "调查人员不足 " + MINIMUM_SURVEYORS + " 名");
    }
}
