package org.relief.core.lifecycle;

import org.relief.core.spi.Applied;

/**
 * A procedure rule of the case lifecycle, in a named case slot ({@code Slots.CASE_*}): a small
 * policy that reads the {@link CaseContext} of one step and records what it finds there (a
 * refusal, a deadline, a notice, a record, a review outcome). It returns what it did for the
 * step's trace, or {@link Applied#notApplicable()} — then, for a regional rule, the national rule
 * of the slot applies instead (a labelled exception to the national default).
 */
@FunctionalInterface
public interface CaseRule {
    /** Applies the rule to one step. */
    Applied apply(CaseContext context);
}
