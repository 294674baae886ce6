package org.relief.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A working-day question about a date the holiday data does not cover (code
 * {@value #CODE}): the State Council's arrangement for that year is not in the data, so whether the
 * date is a working day is unknown and never guessed. A deadline that needs such a date is shown
 * as unknown, with this code as its reason; the step that asked is not refused.
 */
public final class CalendarUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable code. */
    public static final String CODE = "CALENDAR_UNAVAILABLE";

    private final LocalDate date;
    private final String messageZh;

    CalendarUnavailableException(LocalDate date, String coverage) {
        super(CODE + ": the State Council holiday arrangement needed for " + Objects.requireNonNull(date)
                + " is not in the data (it covers " + coverage + ")");
        this.date = date;
        this.messageZh = "工作日历无法确定 " + date + "：所需年份的国务院节假日安排不在数据中（数据覆盖 " + coverage + "）";
    }

    /** The first date the calendar could not decide. */
    public LocalDate date() {
        return date;
    }

    /** The zh-CN message. */
    public String messageZh() {
        return messageZh;
    }

    /** The English message (without the code). */
    public String messageEn() {
        return getMessage().substring(CODE.length() + 2);
    }
}
