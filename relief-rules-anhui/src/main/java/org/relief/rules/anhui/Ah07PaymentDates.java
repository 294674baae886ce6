package org.relief.rules.anhui;

import java.time.YearMonth;
import org.relief.core.roster.PaymentDates;
import org.relief.core.roster.RosterContext;
import org.relief.core.roster.RosterRule;
import org.relief.core.spi.Applied;

/**
 * AH-07 — 皖民社救字〔2022〕46号 十: the roster of month M carries its payment calendar —
 * {@code rosterDueBy} the 5th of M+1, {@code fundsDueBy} the 10th, {@code paymentDueBy} the 15th or
 * the last working day before the statutory holiday containing it ({@link PaymentCalendar}). A payment
 * date the national calendar does not cover is not guessed: it is absent and the roster carries
 * {@code CALENDAR_UNAVAILABLE}; the 5th and the 10th are fixed days that need no calendar, so they
 * stay. Money paid outside the document's validity gets no dates ({@code DATE_OUT_OF_RANGE}).
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
            if (e.code() == PaymentCalendarException.Code.CALENDAR_UNAVAILABLE) {
                YearMonth pay = c.month().plusMonths(1);
                PaymentDates fixed = PaymentDates.withoutPaymentDate(pay.atDay(PaymentCalendar.ROSTER_DAY),
                        pay.atDay(PaymentCalendar.FUNDS_DAY));
                c.dates(fixed);
                return Applied.inputs().with("month", c.month()).then("报送 " + fixed.rosterDueBy() + "，拨付 "
                        + fixed.fundsDueBy() + "，发放日无法确定：" + e.code());
            }
            return Applied.inputs().with("month", c.month()).then("发放日历无法确定：" + e.code());
        }
    }
}
