package org.relief.core.engine;

import org.relief.core.roster.RosterRule;
import org.relief.core.spi.Citation;
import org.relief.core.spi.Validity;

/** A roster rule placed in a roster slot for some dates (of the month paid), as a module registered it. */
public record RosterSlotRule(String slot, String ruleId, Validity validity, RosterRule rule, Citation citation) {
}
