package org.relief.core.model;

import java.util.Objects;

/**
 * A GB/T 2260 administrative division code: 6 digits, the first two naming the province, the
 * first four the city (设区的市). {@code 000000} addresses the national baseline (全国).
 */
public record AdminCode(String value) {
    /** 全国 — the national baseline. */
    public static final AdminCode NATIONAL = new AdminCode("000000");

    public AdminCode {
        Objects.requireNonNull(value, "value");
        if (!sixDigits(value)) {
            throw InvalidInputException.invalid("region", "行政区划代码须为6位数字，收到 " + Texts.abbreviate(value),
                    "an administrative code has 6 digits, got " + Texts.abbreviate(value));
        }
    }

    /** Six ASCII digits, checked by hand: codes are made on every lookup path (issue 19). */
    private static boolean sixDigits(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses a code, naming {@code field} in the error. */
    public static AdminCode parse(String text, String field) {
        try {
            return new AdminCode(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.invalid(field, e.messageZh(), e.messageEn());
        } catch (NullPointerException e) {
            throw InvalidInputException.required(field);
        }
    }

    public static AdminCode of(String value) {
        return new AdminCode(value);
    }

    public boolean isNational() {
        return value.equals("000000");
    }

    /** The province code ({@code 34xxxx → 340000}). */
    public AdminCode province() {
        return new AdminCode(value.substring(0, 2) + "0000");
    }

    /** The city code ({@code 411082 → 411000}); a province code is its own city. */
    public AdminCode city() {
        return isProvince() ? this : new AdminCode(value.substring(0, 4) + "00");
    }

    public boolean isProvince() {
        return value.endsWith("0000");
    }

    public boolean isCity() {
        return !isProvince() && value.endsWith("00");
    }

    /**
     * Whether this code lies inside {@code area} (or is it): 411082 is inside 411000 and 410000.
     * Everything is inside {@code 000000}.
     */
    public boolean isWithin(AdminCode area) {
        if (area.isNational() || area.equals(this)) {
            return true;
        }
        if (area.isProvince()) {
            return value.startsWith(area.value.substring(0, 2));
        }
        if (area.isCity()) {
            return value.startsWith(area.value.substring(0, 4));
        }
        return false;
    }

    /** The path from this code up to its province: county, city, province (without repeats). */
    public java.util.List<AdminCode> upwards() {
        java.util.LinkedHashSet<AdminCode> path = new java.util.LinkedHashSet<>();
        path.add(this);
        path.add(city());
        path.add(province());
        return java.util.List.copyOf(path);
    }

    /** The code's equality, written out: codes are map keys on every standard lookup. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof AdminCode a && value.equals(a.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
