package org.relief.core.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment calendar of a roster (安徽 AH-07): sent to finance, funds allocated, paid to the recipients.
 *
 * <p>The roster and funds dates are fixed days of the next month and need no working-day calendar;
 * only the payment date does (it moves before a statutory holiday). Where the calendar does not cover
 * the days the payment date needs, it is absent — never guessed — and the roster carries
 * {@code CALENDAR_UNAVAILABLE}, while the two fixed dates stay (LIFECYCLE: a date that needs an
 * uncovered day is absent; the others are not).
 *
 * @param rosterDueBy  the day the county sends the roster to finance
 * @param fundsDueBy   the day finance allocates the funds
 * @param paymentDueBy the day the bank pays, when the calendar covers it
 */
public record PaymentDates(LocalDate rosterDueBy, LocalDate fundsDueBy, Optional<LocalDate> paymentDueBy) {
    /** Requires the two fixed dates; an absent payment date is empty. */
    public PaymentDates {
        Objects.requireNonNull(rosterDueBy, "rosterDueBy");
        Objects.requireNonNull(fundsDueBy, "fundsDueBy");
        paymentDueBy = Optional.ofNullable(paymentDueBy).flatMap(x -> x);
    }

    /** All three dates known. */
    public PaymentDates(LocalDate rosterDueBy, LocalDate fundsDueBy, LocalDate paymentDueBy) {
        this(rosterDueBy, fundsDueBy, Optional.of(Objects.requireNonNull(paymentDueBy, "paymentDueBy")));
    }

    /** The fixed dates only: the payment date needs days the calendar does not cover. */
    public static PaymentDates withoutPaymentDate(LocalDate rosterDueBy, LocalDate fundsDueBy) {
        return new PaymentDates(rosterDueBy, fundsDueBy, Optional.empty());
    }
}
