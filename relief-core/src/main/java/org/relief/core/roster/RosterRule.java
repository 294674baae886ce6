package org.relief.core.roster;

import org.relief.core.spi.Applied;

/**
 * A rule of the monthly roster, in a roster slot ({@code Slots.ROSTER_*}): the price subsidy of the
 * month (NA-14; 安徽 AH-06), the payment calendar (安徽 AH-07). It reads the {@link RosterContext} and
 * records there what it finds; {@link Applied#notApplicable()} lets the national rule apply instead.
 */
@FunctionalInterface
public interface RosterRule {
    /** Applies the rule to one roster. */
    Applied apply(RosterContext context);
}
