package org.relief.rules.anhui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's statutory holiday periods and 调休 working weekends, as the State Council General Office's
 * yearly notices (《国务院办公厅关于XXXX年部分节假日安排的通知》) arrange them; the data for AH-07
 * (皖民社救字〔2022〕46号 十, "逢国家法定节假日可提前发放"). Read from the resource
 * {@code holidays-cn.csv} beside this class (provenance: {@code holidays-cn.PROVENANCE.md}).
 *
 * <p>A day is a working day when the notices make it one (a 上班 weekend), otherwise when it is
 * neither in a rest period nor a Saturday or Sunday. The data covers whole calendar years (those
 * named in the {@code year} column); asking about a day outside them is a
 * {@link PaymentCalendarException} with code {@code HOLIDAY_DATA_UNAVAILABLE} — the arrangement of a
 * year whose notice is not in the data is unknown and is never guessed. Immutable, thread-safe.
 */
public final class HolidayCalendar {
    static final String HEADER = "year,holiday,rest_from,rest_to,working_days,document,issued";

    /** One rest period of one notice. */
    public record Period(String holiday, LocalDate from, LocalDate until, String document) {
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

    /** The calendar shipped with the module. */
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
     * Parses a table in the format of {@code holidays-cn.csv}; errors name the source and line. The
     * years covered must be consecutive.
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

    /** The first calendar year the data covers. */
    public int firstYear() {
        return firstYear;
    }

    /** The last calendar year the data covers; any later date is unknown. */
    public int lastYear() {
        return lastYear;
    }

    /** Whether {@code date} lies in a calendar year the data covers. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** Whether {@code date} is a working day (调休 weekends included). */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (workingWeekends.contains(date)) {
            return true;
        }
        return !isWeekend(date) && periodContaining(date).isEmpty();
    }

    /** The statutory rest period containing {@code date}, if any. */
    public Optional<Period> periodContaining(LocalDate date) {
        requireCovered(date);
        return periods.stream().filter(p -> p.contains(date)).findFirst();
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate lastWorkingDayBefore(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new PaymentCalendarException(PaymentCalendarException.Code.HOLIDAY_DATA_UNAVAILABLE,
                    "节假日安排数据只覆盖 " + firstYear + "–" + lastYear + " 年，" + date + " 所在年份的国务院放假安排不在数据中，无法确定",
                    "the holiday data covers " + firstYear + "–" + lastYear + " only: the State Council arrangement for "
                            + date.getYear() + " is not in the data, so " + date + " cannot be decided");
        }
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
