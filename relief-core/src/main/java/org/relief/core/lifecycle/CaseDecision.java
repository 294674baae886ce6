package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.ApprovalLevel;

/**
 * The decision of a case (审核确认).
 *
 * @param date          the day it was taken
 * @param verdict       approve or refuse
 * @param approvalLevel who decides, as the determination's procedure says (empty when it could not be determined)
 */
public record CaseDecision(LocalDate date, Verdict verdict, Optional<ApprovalLevel> approvalLevel) {
    /** Requires the date and verdict. */
    public CaseDecision {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verdict, "verdict");
        approvalLevel = Optional.ofNullable(approvalLevel).flatMap(x -> x);
    }
}
