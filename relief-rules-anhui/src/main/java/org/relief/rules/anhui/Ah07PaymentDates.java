package org.relief.rules.anhui;

import org.relief.core.roster.PaymentDates;
import org.relief.core.roster.RosterContext;
import org.relief.core.roster.RosterRule;
import org.relief.core.spi.Applied;

/**
 * AH-07 — 皖民社救字〔2022〕46号 十: the roster of month M carries its payment calendar —
 * {@code rosterDueBy} the 5th of M+1, {@code fundsDueBy} the 10th, {@code paymentDueBy} the 15th or
 * the last working day before the statutory holiday containing it ({@link PaymentCalendar}). A date
 * the national calendar does not cover is not guessed: no dates, reason {@code CALENDAR_UNAVAILABLE}.
 */
public final class Ah07PaymentDates implements RosterRule {
    @Override
    public Applied apply(RosterContext c) {
        PaymentCalendar cal = new PaymentCalendar(c.calendar());
        try {
            PaymentCalendar.Schedule s = cal.scheduleFor(c.month());
            c.dates(new PaymentDates(s.rosterDueBy(), s.fundsDueBy(), s.paymentDueBy()));
            return Applied.inputs().with("month", c.month())
                    .with("movedFor", s.movedFor().map(p -> p.holiday() + " " + p.from() + "…" + p.until()).orElse("—"))
                    .then("报送 " + s.rosterDueBy() + "，拨付 " + s.fundsDueBy() + "，发放 " + s.paymentDueBy());
        } catch (PaymentCalendarException e) {
            c.reason(e.code().name(), e.messageZh(), e.getMessage());
            return Applied.inputs().with("month", c.month()).then("发放日历无法确定：" + e.code());
        }
    }
}
