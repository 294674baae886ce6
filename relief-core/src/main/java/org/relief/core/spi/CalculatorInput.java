package org.relief.core.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relief.core.calendar.HolidayCalendar;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.IsoDates;
import org.relief.core.model.Money;
import org.relief.core.model.Texts;

/**
 * The checked inputs of one calculation: every value given is declared, of its type and valid,
 * every required one is there, and the national working-day calendar the calculation may read.
 * Made by {@link #of}, which takes values as a caller has them — text as sent ({@code "2024-06"},
 * {@code "931.00"}) or already typed ({@link YearMonth}, {@link Money}, …), a list as a list of maps —
 * and refuses anything else with an {@link InvalidInputException} naming the input by its path
 * ({@code payments[1].amount}). An optional input left out is absent, never zero.
 */
public final class CalculatorInput {
    /** The most elements of a {@link CalculatorParameter.Type#LIST} input. */
    public static final int MAX_ITEMS = 1000;
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String path;
    private final Map<String, Object> values;
    private final HolidayCalendar calendar;

    private CalculatorInput(String path, Map<String, Object> values, HolidayCalendar calendar) {
        this.path = path;
        this.values = Collections.unmodifiableMap(values);
        this.calendar = calendar;
    }

    /** {@link #of(List, Map, HolidayCalendar)} over the national calendar shipped with core. */
    public static CalculatorInput of(List<CalculatorParameter> declared, Map<String, ?> given) {
        return of(declared, given, HolidayCalendar.shipped());
    }

    /**
     * Checks {@code given} against {@code declared}.
     *
     * @param calendar the national working-day calendar the calculation reads (the one the embedding uses)
     * @throws InvalidInputException naming the first input that is undeclared, missing or invalid
     */
    public static CalculatorInput of(List<CalculatorParameter> declared, Map<String, ?> given, HolidayCalendar calendar) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(calendar, "calendar");
        return read(declared, given == null ? Map.of() : given, "", calendar);
    }

    private static CalculatorInput read(List<CalculatorParameter> declared, Map<String, ?> given, String prefix,
                                        HolidayCalendar calendar) {
        Set<String> names = CalculatorParameter.names(declared);
        for (String key : given.keySet()) {
            if (!names.contains(key)) {
                throw InvalidInputException.invalid(prefix + key, "未声明的输入，可用：" + String.join(", ", names),
                        "not an input of this calculator; inputs: " + String.join(", ", names));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (CalculatorParameter p : declared) {
            String at = prefix + p.name();
            Object v = given.get(p.name());
            if (v == null) {
                if (p.required()) {
                    throw InvalidInputException.required(at);
                }
                continue;
            }
            out.put(p.name(), value(p, v, at, calendar));
        }
        return new CalculatorInput(prefix, out, calendar);
    }

    private static Object value(CalculatorParameter p, Object v, String at, HolidayCalendar calendar) {
        return switch (p.type()) {
            case INTEGER -> integer(v, at);
            case DECIMAL -> decimal(v, at);
            case MONEY -> v instanceof Money m ? m : Money.parse(text(v, at), at);
            case DATE -> v instanceof LocalDate d ? IsoDates.check(d, at) : IsoDates.parse(text(v, at), at);
            case MONTH -> month(v, at);
            case ENUM -> code(p, text(v, at), at);
            case ADMIN_CODE -> v instanceof AdminCode c ? c : AdminCode.parse(text(v, at), at);
            case LIST -> list(p, v, at, calendar);
        };
    }

    private static int integer(Object v, String at) {
        BigInteger n;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            n = BigInteger.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            n = b;
        } else {
            throw InvalidInputException.invalid(at, "须为整数，收到 " + kind(v), "must be a whole number, got " + kind(v));
        }
        if (n.signum() < 0) {
            throw InvalidInputException.invalid(at, "不能为负数，收到 " + n, "must not be negative, got " + n);
        }
        if (n.bitLength() > 31) {
            throw InvalidInputException.invalid(at, "过大：最大 " + Integer.MAX_VALUE, "too large: at most " + Integer.MAX_VALUE);
        }
        return n.intValue();
    }

    private static BigDecimal decimal(Object v, String at) {
        if (v instanceof BigDecimal d) {
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 6 || d.precision() - d.scale() > 12) {
                throw badDecimal(at, d.toPlainString());
            }
            return d;
        }
        String t = text(v, at);
        if (t.length() > 19 || !DECIMAL.matcher(t).matches()) {
            throw badDecimal(at, t);
        }
        return new BigDecimal(t);
    }

    private static InvalidInputException badDecimal(String at, String t) {
        return InvalidInputException.invalid(at, "须为非负数（字符串），最多12位整数、6位小数，收到 " + Texts.abbreviate(t),
                "must be a non-negative number in a string, at most 12 integer digits and 6 decimals, got "
                        + Texts.abbreviate(t));
    }

    private static YearMonth month(Object v, String at) {
        YearMonth m;
        if (v instanceof YearMonth y) {
            m = y;
        } else {
            String t = text(v, at);
            try {
                m = t.length() == 7 && MONTH.matcher(t).matches() ? YearMonth.parse(t) : null;
            } catch (DateTimeParseException e) {
                m = null;
            }
            if (m == null) {
                throw InvalidInputException.invalid(at, "月份须为 YYYY-MM，收到 " + Texts.abbreviate(t),
                        "a month is YYYY-MM, got " + Texts.abbreviate(t));
            }
        }
        IsoDates.check(m.atDay(1), at);
        return m;
    }

    private static String code(CalculatorParameter p, String t, String at) {
        if (!p.values().contains(t)) {
            throw InvalidInputException.invalid(at, "须为以下之一：" + String.join(", ", p.values()) + "，收到 "
                    + Texts.abbreviate(t), "must be one of " + String.join(", ", p.values()) + ", got " + Texts.abbreviate(t));
        }
        return t;
    }

    private static List<CalculatorInput> list(CalculatorParameter p, Object v, String at, HolidayCalendar calendar) {
        if (!(v instanceof List<?> items)) {
            throw InvalidInputException.invalid(at, "须为列表，收到 " + kind(v), "must be a list, got " + kind(v));
        }
        if (items.size() > MAX_ITEMS) {
            throw InvalidInputException.invalid(at, "最多 " + MAX_ITEMS + " 项，收到 " + items.size(),
                    "at most " + MAX_ITEMS + " items, got " + items.size());
        }
        List<CalculatorInput> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String here = at + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                throw InvalidInputException.invalid(here, "须为对象，收到 " + kind(items.get(i)),
                        "must be an object, got " + kind(items.get(i)));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            m.forEach((k, x) -> fields.put(String.valueOf(k), x));
            out.add(read(p.fields(), fields, here + ".", calendar));
        }
        return List.copyOf(out);
    }

    private static String text(Object v, String at) {
        if (v instanceof String s) {
            return s;
        }
        throw InvalidInputException.invalid(at, "须为字符串，收到 " + kind(v), "must be a string, got " + kind(v));
    }

    private static String kind(Object v) {
        return v == null ? "nothing" : v.getClass().getSimpleName();
    }

    // ------------------------------------------------------------------ reading

    /** The national working-day calendar of the embedding. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The path of an input as the caller sent it ({@code payments[1].amount}), for errors. */
    public String path(String name) {
        return path + name;
    }

    /** Whether an optional input was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A required {@link CalculatorParameter.Type#INTEGER} input. */
    public int integer(String name) {
        return get(name, Integer.class);
    }

    /** An optional {@link CalculatorParameter.Type#INTEGER} input. */
    public Optional<Integer> optionalInteger(String name) {
        return opt(name, Integer.class);
    }

    /** A required {@link CalculatorParameter.Type#DECIMAL} input. */
    public BigDecimal decimal(String name) {
        return get(name, BigDecimal.class);
    }

    /** A required {@link CalculatorParameter.Type#MONEY} input. */
    public Money money(String name) {
        return get(name, Money.class);
    }

    /** An optional {@link CalculatorParameter.Type#MONEY} input. */
    public Optional<Money> optionalMoney(String name) {
        return opt(name, Money.class);
    }

    /** A required {@link CalculatorParameter.Type#DATE} input. */
    public LocalDate date(String name) {
        return get(name, LocalDate.class);
    }

    /** A required {@link CalculatorParameter.Type#MONTH} input. */
    public YearMonth month(String name) {
        return get(name, YearMonth.class);
    }

    /** A required {@link CalculatorParameter.Type#ENUM} input: one of the declared values. */
    public String code(String name) {
        return get(name, String.class);
    }

    /** A required {@link CalculatorParameter.Type#ADMIN_CODE} input. */
    public AdminCode adminCode(String name) {
        return get(name, AdminCode.class);
    }

    /** A required {@link CalculatorParameter.Type#LIST} input: its elements, each checked against the declared fields. */
    @SuppressWarnings("unchecked")
    public List<CalculatorInput> list(String name) {
        return get(name, List.class);
    }

    private <T> T get(String name, Class<T> type) {
        return opt(name, type).orElseThrow(() -> new IllegalStateException("input " + path(name)
                + " is optional or not declared: read it with has() first"));
    }

    private <T> Optional<T> opt(String name, Class<T> type) {
        Object v = values.get(name);
        if (v != null && !type.isInstance(v)) {
            throw new IllegalStateException("input " + path(name) + " is not of type " + type.getSimpleName());
        }
        return Optional.ofNullable(type.cast(v));
    }
}
