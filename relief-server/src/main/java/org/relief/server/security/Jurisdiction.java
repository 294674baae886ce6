package org.relief.server.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An area an official is responsible for, by administrative code: 6 digits (GB/T 2260 province,
 * city or county; {@code 000000} = the whole country), 9 digits (a township, GB/T 10114) or 12
 * digits (a village). A record is covered when its area lies inside: a province code covers every
 * code starting with its two digits, a city code its four, a county, township or village code
 * itself and what lies below.
 */
public record Jurisdiction(String code) {
    private static final Pattern SHAPE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("an area code has 6, 9 or 12 digits, got " + code);
        }
    }

    /** Whether {@code code} is a well-formed area code. */
    public static boolean isAreaCode(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The prefix every covered area starts with. */
    public String prefix() {
        if (code.equals("000000")) {
            return "";
        }
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** Whether an area (6, 9 or 12 digits) lies inside this jurisdiction. */
    public boolean covers(String area) {
        return area != null && area.startsWith(prefix());
    }

    /** Whether another jurisdiction lies wholly inside this one. */
    public boolean covers(Jurisdiction other) {
        return other.prefix().startsWith(prefix());
    }
}
