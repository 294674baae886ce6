package org.relief.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Input dates: ISO {@code YYYY-MM-DD}, existing, with a year from {@value #MIN_YEAR} to
 * {@value #MAX_YEAR}. The range keeps every date a store or a calendar can hold as given (a year 0
 * or a five-digit year would be stored as another date) and covers every birth date and policy
 * date the rules deal with.
 */
public final class IsoDates {
    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2200;

    private IsoDates() {
    }

    /**
     * Parses an input date; anything else is an {@link InvalidInputException} naming {@code field}.
     *
     * @param text  the date as written, e.g. {@code 2024-06-01}
     * @param field the path of the field, for the error
     */
    public static LocalDate parse(String text, String field) {
        LocalDate quick = valid(text);
        if (quick != null) {
            return quick;
        }
        LocalDate d;
        try {
            d = text == null || text.length() != 10 ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            d = null;
        }
        if (d == null) {
            throw InvalidInputException.invalid(field, "日期须为 ISO 格式 YYYY-MM-DD 且存在，收到 " + Texts.abbreviate(text),
                    "a date must be an existing ISO date YYYY-MM-DD, got " + Texts.abbreviate(text));
        }
        return check(d, field);
    }

    /**
     * The date of {@code text} when it is plainly valid (four-digit year in range, existing month and
     * day), {@code null} otherwise — then {@link #parse} says why. What it accepts, {@link LocalDate#parse}
     * accepts as the same date; it only skips the formatter on the common case (a request reads
     * several dates).
     */
    public static LocalDate valid(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int y = digits(text, 0, 4);
        int m = digits(text, 5, 7);
        int d = digits(text, 8, 10);
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code date} itself when its year lies in the accepted range; an input error naming {@code field} otherwise. */
    public static LocalDate check(LocalDate date, String field) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw InvalidInputException.invalid(field, "日期的年份须在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间，收到 " + date,
                    "the year of a date must be " + MIN_YEAR + " to " + MAX_YEAR + ", got " + date);
        }
        return date;
    }
}
