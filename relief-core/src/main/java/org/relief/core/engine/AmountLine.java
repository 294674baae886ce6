package org.relief.core.engine;

import org.relief.core.model.Money;

/**
 * A named part of an amount, e.g. {@code base}, {@code supplement}, {@code charityVoucher}.
 *
 * @param cash whether the line is cash (counted in {@code monthlyAmount}/{@code amount}) or in kind
 * @param rule the rule id that produced it
 */
public record AmountLine(String code, Money amount, boolean cash, String rule) {
}
