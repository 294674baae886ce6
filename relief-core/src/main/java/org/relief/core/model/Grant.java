package org.relief.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** An earlier grant, counted against annual caps (NA-12). */
public record Grant(ProgramId program, Optional<String> member, LocalDate date, Money amount) {
    public Grant {
        InvalidInputException.require(program, "program");
        member = Optional.ofNullable(member).flatMap(x -> x);
        InvalidInputException.require(date, "date");
        InvalidInputException.require(amount, "amount");
        if (amount.isNegative()) {
            throw InvalidInputException.invalid("amount", "金额不能为负", "must not be negative");
        }
    }
}
