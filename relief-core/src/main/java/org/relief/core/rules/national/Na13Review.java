package org.relief.core.rules.national;

import java.util.Optional;
import org.relief.core.engine.Determination;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.ReviewOutcome;
import org.relief.core.model.Money;
import org.relief.core.spi.Applied;

/**
 * NA-13 — periodic review (民发〔2021〕57号 动态管理; 国务院令第649号 第十三条): the determination of
 * the re-verified household as of the review date decides the outcome — ineligible: terminate (after
 * a notice); eligible in gradual exit (reason {@code GRADUAL_EXIT}): gradual exit; eligible with the
 * same monthly amount as the previous household's determination on that date: keep; another amount:
 * adjust. An undetermined review never reaches this rule ({@code REVIEW_INCOMPLETE}). A region
 * reuses the class under its own id (许昌 XC-03: "无明显变化的…维持").
 */
public final class Na13Review implements CaseRule {
    /** The reason code of the gradual exit (NA-05). */
    static final String GRADUAL_EXIT = "GRADUAL_EXIT";

    @Override
    public Applied apply(CaseContext c) {
        Optional<Determination> found = c.determination();
        if (found.isEmpty()) {
            return Applied.notApplicable();
        }
        Determination d = found.get();
        Optional<Money> before = c.previousAmount();
        ReviewOutcome outcome;
        if (!d.isEligible()) {
            outcome = ReviewOutcome.TERMINATE;
        } else if (d.hasReason(GRADUAL_EXIT)) {
            outcome = ReviewOutcome.GRADUAL_EXIT;
        } else if (before.isPresent() && d.monthlyAmount().equals(before)) {
            outcome = ReviewOutcome.KEEP;
        } else {
            outcome = ReviewOutcome.ADJUST;
        }
        c.reviewOutcome(outcome);
        return Applied.inputs().with("outcome", d.outcome().code())
                .with("monthlyAmount", d.monthlyAmount().map(Money::toString).orElse("—"))
                .with("previousAmount", before.map(Money::toString).orElse("—"))
                .then("复核结果：" + outcome.code());
    }
}
