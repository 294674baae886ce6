package org.relief.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of Chinese yuan (CNY) at the scale of the fen (2 decimals). Never a
 * {@code double}: every rounding is explicit ({@link #of(BigDecimal, RoundingMode)}).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    /** Zero yuan. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));
    /** The most integer digits of an input amount (below a trillion yuan: any real benefit, income or asset). */
    public static final int MAX_INTEGER_DIGITS = 12;
    private static final Pattern INPUT = Pattern.compile("\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() != 2) {
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new ArithmeticException("Money has at most 2 decimals, got " + amount
                        + "; round explicitly with Money.of(value, RoundingMode)");
            }
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** An exact value rounded once to the fen with the given rule. */
    public static Money of(BigDecimal exact, RoundingMode rounding) {
        return new Money(exact.setScale(2, rounding));
    }

    /** An exact value rounded half-up to the fen (benefit amounts are rounded once, half-up). */
    public static Money halfUp(BigDecimal exact) {
        return of(exact, RoundingMode.HALF_UP);
    }

    /**
     * An exact yuan value as text in the one format of every output: at least 2 decimals
     * ({@code 931 → "931.00"}), and more only where the exact value has them (a yearly standard
     * divided by 12, a per-capita income), so that nothing is rounded for display.
     */
    public static String text(BigDecimal yuan) {
        BigDecimal v = yuan.stripTrailingZeros();
        return v.scale() <= 2 ? v.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : v.toPlainString();
    }

    /** A value that must already be exact to the fen, e.g. {@code Money.yuan("720.00")}. */
    public static Money yuan(String text) {
        return new Money(new BigDecimal(text));
    }

    /**
     * Parses an input amount: a non-negative decimal with at most {@value #MAX_INTEGER_DIGITS}
     * integer digits and 2 decimals ("720", "720.5", "720.50"). Anything else is an
     * {@link InvalidInputException} naming {@code field}; the length is checked before anything
     * else, so a huge input costs nothing.
     */
    public static Money parse(String text, String field) {
        if (text == null || text.length() > MAX_INTEGER_DIGITS + 3 || !INPUT.matcher(text).matches()) {
            throw InvalidInputException.invalid(field,
                    "金额须为非负数，最多两位小数、" + MAX_INTEGER_DIGITS + " 位整数（字符串），收到 " + Texts.abbreviate(text),
                    "must be a non-negative amount with at most 2 decimals and " + MAX_INTEGER_DIGITS
                            + " integer digits (a string), got " + Texts.abbreviate(text));
        }
        return new Money(new BigDecimal(text));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount, or zero when it is negative. */
    public Money atLeastZero() {
        return amount.signum() < 0 ? ZERO : this;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** "720.00". */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
