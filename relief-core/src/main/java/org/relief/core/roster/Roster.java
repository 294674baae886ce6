package org.relief.core.roster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;

/**
 * The payments of one county for one calendar month (发放花名册).
 *
 * @param county           the county code
 * @param month            the month paid
 * @param computedOn       the date it was computed: standards count as known on it
 * @param lines            the payments, case by case
 * @param overpaid         earlier months paid more than is due now (reported, never deducted)
 * @param reasons          the roster's reasons ({@code PRICE_INDEX_UNPUBLISHED}, {@code CALENDAR_UNAVAILABLE},
 *                         {@code GRADUAL_EXIT_ENDED} naming a case)
 * @param dates            the payment calendar (安徽 AH-07), where the module has one
 * @param trace            the roster rules applied (price subsidy, payment calendar)
 * @param cases            the number of cases with a line
 * @param total            the sum of the cash lines
 * @param submitted        whether it was submitted (frozen)
 * @param alreadySubmitted a second submission: this is the roster submitted before, unchanged
 */
public record Roster(AdminCode county, YearMonth month, LocalDate computedOn, List<RosterLine> lines,
                     List<Overpayment> overpaid, List<Reason> reasons, Optional<PaymentDates> dates, List<TraceEntry> trace,
                     long cases, Money total, boolean submitted, boolean alreadySubmitted) {
    /** Reason: no price index is published for the month. */
    public static final String PRICE_INDEX_UNPUBLISHED = "PRICE_INDEX_UNPUBLISHED";
    /** Reason: a case in gradual exit passed its last month. */
    public static final String GRADUAL_EXIT_ENDED = "GRADUAL_EXIT_ENDED";

    /** Copies the lists. */
    public Roster {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(computedOn, "computedOn");
        lines = List.copyOf(lines);
        overpaid = List.copyOf(overpaid);
        reasons = List.copyOf(reasons);
        dates = Optional.ofNullable(dates).flatMap(x -> x);
        trace = List.copyOf(trace);
        Objects.requireNonNull(total, "total");
    }

    /** This roster as a repeated submission returns it. */
    public Roster asAlreadySubmitted() {
        return new Roster(county, month, computedOn, lines, overpaid, reasons, dates, trace, cases, total, true, true);
    }

    /** This roster, submitted. */
    public Roster asSubmitted() {
        return new Roster(county, month, computedOn, lines, overpaid, reasons, dates, trace, cases, total, true, false);
    }
}
