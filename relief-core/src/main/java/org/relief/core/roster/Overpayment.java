package org.relief.core.roster;

import java.time.YearMonth;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.Money;

/**
 * An earlier month paid more than is due now: reported in the roster's summary, never deducted
 * (LIFECYCLE: an overpayment is recovered only on fraud).
 */
public record Overpayment(CaseId caseId, YearMonth month, Money amount) {
}
