package org.relief.server.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of resident ID numbers (GB 11643: 17 digits and a check character), one rule for every
 * output that must not show them — lists, views for roles that do not need them, free text
 * (labels, member ids) and the log: the first 6 characters (the area) and the last 4 stay, the
 * birth date and sequence in between become {@code *}.
 */
public final class IdMask {
    /** An ID-number shape anywhere in a text: 17 digits and a digit or X, not inside a longer run of digits. */
    private static final Pattern SHAPE = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");

    private IdMask() {
    }

    /** An ID number as shown masked: {@code 411082********1238}. */
    public static String idNumber(String idNumber) {
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code text} with every ID-number shape in it masked. */
    public static String text(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        Matcher m = SHAPE.matcher(text);
        return m.find() ? m.reset().replaceAll("$1********$2") : text;
    }
}
