package org.relief.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national working-day calendar: China's statutory holiday periods and 调休 working weekends, as
 * the State Council General Office's yearly notices (《国务院办公厅关于XXXX年部分节假日安排的通知》)
 * arrange them, each row with its 文号. One calendar for every module: the working-day deadlines of
 * the case lifecycle (NA-11) and the payment calendar of 安徽 (AH-07) both read it. The shipped data
 * ({@link #shipped()}) is the resource {@code holidays-cn.csv} beside this class, with its provenance
 * in {@code holidays-cn.PROVENANCE.md}.
 *
 * <p>A date is a working day when it is Monday–Friday and lies in no rest period, or when a notice
 * makes it a 调休 working day. The calendar <em>covers</em> a date when the arrangement of its year
 * is in the data and, from 20 December on, the next year's too (a 元旦 rest or 调休 day may fall in
 * late December). Any question about an uncovered date is a {@link CalendarUnavailableException}
 * ({@code CALENDAR_UNAVAILABLE}): the arrangement of a year whose notice is not in the data is
 * unknown and never guessed. Immutable and thread-safe.
 *
 * <pre>{@code
 * HolidayCalendar cal = HolidayCalendar.shipped();
 * cal.plusWorkingDays(LocalDate.of(2024, 3, 4), 30);   // 2024-04-16 (清明 04-04…06 off, Sunday 04-07 worked)
 * }</pre>
 */
public final class HolidayCalendar {
    /** The header line of the data format. */
    public static final String HEADER = "year,holiday,rest_from,rest_to,working_days,document,issued";
    /** From this day of December on, a date also needs the next year's arrangement. */
    public static final MonthDay NEXT_YEAR_NEEDED_FROM = MonthDay.of(12, 20);

    /**
     * One rest period of one notice.
     *
     * @param holiday  the notice's wording, e.g. {@code 春节}
     * @param from     first day of rest
     * @param until    last day of rest
     * @param document 文号 of the notice
     */
    public record Period(String holiday, LocalDate from, LocalDate until, String document) {
        /** Whether {@code d} is a day of this rest period. */
        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(until);
        }
    }

    private final List<Period> periods;
    private final Set<LocalDate> workingWeekends;
    private final int firstYear;
    private final int lastYear;

    private HolidayCalendar(List<Period> periods, Set<LocalDate> workingWeekends, int firstYear, int lastYear) {
        this.periods = List.copyOf(periods);
        this.workingWeekends = Set.copyOf(workingWeekends);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The calendar shipped with relief-core. */
    public static HolidayCalendar shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final HolidayCalendar INSTANCE = load();

        private static HolidayCalendar load() {
            InputStream in = HolidayCalendar.class.getResourceAsStream("holidays-cn.csv");
            if (in == null) {
                throw new IllegalStateException("resource holidays-cn.csv not found next to " + HolidayCalendar.class.getName());
            }
            try (in) {
                return read(in, "holidays-cn.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parses a table in the format of {@code holidays-cn.csv} (header {@link #HEADER}); errors name
     * the source and line. The years covered must be consecutive; every 调休 working day must be a
     * Saturday or Sunday.
     */
    public static HolidayCalendar read(InputStream in, String sourceName) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(sourceName + ": header must be exactly: " + HEADER);
        }
        List<Period> periods = new ArrayList<>();
        Set<LocalDate> working = new HashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        String line;
        int n = 1;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(sourceName + ":" + n + ": expected 7 fields, got " + f.length);
            }
            try {
                years.add(Integer.parseInt(f[0].strip()));
                LocalDate from = LocalDate.parse(f[2].strip());
                LocalDate until = LocalDate.parse(f[3].strip());
                if (until.isBefore(from)) {
                    throw new IllegalArgumentException("rest period ends before it starts");
                }
                if (f[5].isBlank()) {
                    throw new IllegalArgumentException("the document number (文号) is required");
                }
                periods.add(new Period(f[1].strip(), from, until, f[5].strip()));
                for (String w : f[4].split(";")) {
                    if (!w.isBlank()) {
                        LocalDate d = LocalDate.parse(w.strip());
                        if (!isWeekend(d)) {
                            throw new IllegalArgumentException("working day " + d + " is not a Saturday or Sunday");
                        }
                        working.add(d);
                    }
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + n + ": " + e.getMessage(), e);
            }
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": no rows");
        }
        if (years.last() - years.first() + 1 != years.size()) {
            throw new IllegalArgumentException(sourceName + ": the years covered are not consecutive: " + years);
        }
        return new HolidayCalendar(periods, working, years.first(), years.last());
    }

    /** The first calendar year whose arrangement is in the data. */
    public int firstYear() {
        return firstYear;
    }

    /** The last calendar year whose arrangement is in the data. */
    public int lastYear() {
        return lastYear;
    }

    /** The first date covered (1 January of {@link #firstYear()}). */
    public LocalDate firstCovered() {
        return LocalDate.of(firstYear, 1, 1);
    }

    /** The last date covered: 19 December of {@link #lastYear()} (from the 20th the next year is needed). */
    public LocalDate lastCovered() {
        return NEXT_YEAR_NEEDED_FROM.atYear(lastYear).minusDays(1);
    }

    /** Whether the calendar can decide {@code date} (see the class comment). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstCovered()) && !date.isAfter(lastCovered());
    }

    /** Whether {@code date} is a working day (调休 weekends included). */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (workingWeekends.contains(date)) {
            return true;
        }
        return !isWeekend(date) && find(date).isEmpty();
    }

    /** The statutory rest period containing {@code date}, if any. */
    public Optional<Period> periodContaining(LocalDate date) {
        requireCovered(date);
        return find(date);
    }

    /**
     * "Within N working days of D": the N-th working day after {@code date} ({@code date} itself is
     * not counted). {@code n} = 0 answers {@code date}.
     *
     * @throws CalendarUnavailableException when a day to be counted is not covered
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负 / working days must not be negative: " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate lastWorkingDayBefore(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private Optional<Period> find(LocalDate date) {
        for (Period p : periods) {
            if (p.contains(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new CalendarUnavailableException(date, firstCovered() + " … " + lastCovered());
        }
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
