package org.relief.core.engine;

import org.relief.core.lifecycle.CaseRule;
import org.relief.core.spi.Citation;
import org.relief.core.spi.Validity;

/** A case-lifecycle rule placed in a case slot for some dates, as a module registered it. */
public record CaseSlotRule(String slot, String ruleId, Validity validity, CaseRule rule, Citation citation) {
}
