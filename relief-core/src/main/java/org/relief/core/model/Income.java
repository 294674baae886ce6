package org.relief.core.model;

/** One monthly income of a member. */
public record Income(IncomeKind kind, Money monthly) {
    public Income {
        InvalidInputException.require(kind, "kind");
        InvalidInputException.require(monthly, "monthly");
        if (monthly.isNegative()) {
            throw InvalidInputException.invalid("monthly", "金额不能为负", "must not be negative");
        }
    }
}
