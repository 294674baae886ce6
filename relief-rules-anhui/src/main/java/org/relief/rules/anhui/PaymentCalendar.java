package org.relief.rules.anhui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.calendar.CalendarUnavailableException;
import org.relief.core.calendar.HolidayCalendar;

/**
 * AH-07 — 皖民社救字〔2022〕46号 十: the dibao and tekun money of a month is paid on a fixed calendar.
 * For month M (the month whose approved roster it is, "上月审核后的…花名册"), in month M+1:
 * <ul>
 *   <li>the county civil-affairs department sends the roster to finance on or before the 5th
 *   ("每月5日前");</li>
 *   <li>finance allocates the funds on or before the 10th ("当月10日前");</li>
 *   <li>the agent bank pays into the recipients' accounts on or before the 15th ("当月15日前").</li>
 * </ul>
 * "逢国家法定节假日可提前发放": only the payment date moves. When the 15th lies inside a statutory
 * holiday rest period (the State Council's yearly arrangement, {@link HolidayCalendar}), payment is
 * due on the last working day before that period, a 调休 working weekend counting as a working day.
 * The clause says "可" (may): the earlier date is the latest day on
 * which the money reaches the recipients before the holiday. A 15th on an ordinary weekend does not
 * move (the clause names holidays only), nor do the 5th and 10th (the clause gives no holiday rule
 * for them; "…日前" is read as "on or before").
 *
 * <p>Errors, never a guess: a month whose due dates (month M+1) fall outside the validity of the
 * document (2022-06-01 – 2027-05-31, AH-10) is {@code DATE_OUT_OF_RANGE}; a payment date in a year
 * the national calendar does not cover (from 2026-12-20 at this writing) is
 * {@code CALENDAR_UNAVAILABLE} ({@link PaymentCalendarException}).
 */
public final class PaymentCalendar {
    /** Day of month M+1 by which the roster is due. */
    public static final int ROSTER_DAY = 5;
    /** Day of month M+1 by which finance allocates. */
    public static final int FUNDS_DAY = 10;
    /** Day of month M+1 by which the bank pays. */
    public static final int PAYMENT_DAY = 15;

    /**
     * The calendar of one month.
     *
     * @param month         the month M whose roster is paid
     * @param rosterDueBy   5th of M+1
     * @param fundsDueBy    10th of M+1
     * @param paymentDueBy  15th of M+1, or the last working day before the holiday period containing it
     * @param movedFor      the holiday period that moved the payment date, if any
     */
    public record Schedule(YearMonth month, LocalDate rosterDueBy, LocalDate fundsDueBy, LocalDate paymentDueBy,
                           Optional<HolidayCalendar.Period> movedFor) {
        public Schedule {
            Objects.requireNonNull(month);
            Objects.requireNonNull(rosterDueBy);
            Objects.requireNonNull(fundsDueBy);
            Objects.requireNonNull(paymentDueBy);
            movedFor = Optional.ofNullable(movedFor).flatMap(x -> x);
        }
    }

    private final HolidayCalendar holidays;

    /** A payment calendar over the given holiday data. */
    public PaymentCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A payment calendar over the national holiday data shipped with relief-core. */
    public static PaymentCalendar shipped() {
        return new PaymentCalendar(HolidayCalendar.shipped());
    }

    /** The due dates for the roster of {@code month}. */
    public Schedule scheduleFor(YearMonth month) {
        if (month == null) {
            throw new IllegalArgumentException("月份不能为空 / month must not be null");
        }
        YearMonth payMonth = month.plusMonths(1);
        LocalDate roster = payMonth.atDay(ROSTER_DAY);
        LocalDate funds = payMonth.atDay(FUNDS_DAY);
        LocalDate fifteenth = payMonth.atDay(PAYMENT_DAY);
        if (!AnhuiModule.VALIDITY.contains(payMonth.atDay(1)) || !AnhuiModule.VALIDITY.contains(payMonth.atEndOfMonth())) {
            throw new PaymentCalendarException(PaymentCalendarException.Code.DATE_OUT_OF_RANGE,
                    month + " 的资金在 " + payMonth + " 发放，不在" + AnhuiModule.DOCUMENT + "有效期（" + AnhuiModule.VALIDITY + "）内",
                    "the money of " + month + " is paid in " + payMonth + ", outside the validity of "
                            + AnhuiModule.DOCUMENT + " (" + AnhuiModule.VALIDITY + ")");
        }
        try {
            Optional<HolidayCalendar.Period> period = holidays.periodContaining(fifteenth);
            LocalDate payment = period.map(p -> holidays.lastWorkingDayBefore(p.from())).orElse(fifteenth);
            return new Schedule(month, roster, funds, payment, period);
        } catch (CalendarUnavailableException e) {
            throw new PaymentCalendarException(PaymentCalendarException.Code.CALENDAR_UNAVAILABLE,
                    month + " 的发放日无法确定：" + e.messageZh(), "the payment date of " + month + " cannot be decided: "
                    + e.messageEn());
        }
    }

    /** The payment due date for the roster of {@code month}. */
    public LocalDate paymentDueBy(YearMonth month) {
        return scheduleFor(month).paymentDueBy();
    }
}
