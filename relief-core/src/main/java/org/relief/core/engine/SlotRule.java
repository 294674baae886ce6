package org.relief.core.engine;

import org.relief.core.spi.Citation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.Validity;

/** A rule placed in a slot for some dates, as a module registered it. */
public record SlotRule(String slot, String ruleId, Validity validity, Rule rule, Citation citation) {
}
