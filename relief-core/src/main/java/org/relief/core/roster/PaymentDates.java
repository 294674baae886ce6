package org.relief.core.roster;

import java.time.LocalDate;

/**
 * The payment calendar of a roster (安徽 AH-07): sent to finance, funds allocated, paid to the recipients.
 */
public record PaymentDates(LocalDate rosterDueBy, LocalDate fundsDueBy, LocalDate paymentDueBy) {
}
