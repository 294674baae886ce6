package org.relief.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999: 6-digit area code, 8-digit birth
 * date, 3-digit sequence, check digit (ISO 7064 MOD 11-2). Abolished area codes are accepted —
 * people keep their number when a county is merged. Its {@link #toString()} is masked.
 */
public record IdNumber(String value) {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public IdNumber {
        Objects.requireNonNull(value, "value");
        value = value.toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw error("须为18位（17位数字加校验码）", "must be 18 characters: 17 digits and a check character");
        }
        birthDateOf(value);
        char expected = checkDigit(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw error("校验码错误", "wrong check digit");
        }
    }

    /** Parses a number, naming {@code field} in the error. */
    public static IdNumber parse(String text, String field) {
        try {
            return new IdNumber(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(RefusalCode.INVALID_ID_NUMBER, field, e.messageZh(), e.messageEn());
        }
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date encoded in positions 7–14. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 6-digit area code of first registration (may be abolished since). */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 characters shown, the rest masked. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw error("出生日期不存在：" + value.substring(6, 14), "impossible birth date " + value.substring(6, 14));
        }
    }

    private static InvalidInputException error(String zh, String en) {
        return new InvalidInputException(RefusalCode.INVALID_ID_NUMBER, "idNumber", "身份证号码" + zh, "ID number " + en);
    }

    /** Masked: ID numbers are personal data and must not reach logs. */
    @Override
    public String toString() {
        return masked();
    }
}
