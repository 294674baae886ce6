package org.relief.core.model;

import java.util.Optional;

/**
 * Household assets. {@code financial} absent is unknown where an asset limit is published;
 * counts absent are "none declared".
 */
public record Assets(Optional<Money> financial, Optional<Integer> vehicles, Optional<Integer> extraDwellings) {
    /** Nothing declared. */
    public static final Assets NONE_DECLARED = new Assets(Optional.empty(), Optional.empty(), Optional.empty());

    public Assets {
        financial = Optional.ofNullable(financial).flatMap(x -> x);
        vehicles = Optional.ofNullable(vehicles).flatMap(x -> x);
        extraDwellings = Optional.ofNullable(extraDwellings).flatMap(x -> x);
        financial.ifPresent(m -> {
            if (m.isNegative()) {
                throw InvalidInputException.invalid("household.assets.financial", "金额不能为负", "must not be negative");
            }
        });
        vehicles.ifPresent(n -> nonNegative(n, "household.assets.vehicles"));
        extraDwellings.ifPresent(n -> nonNegative(n, "household.assets.extraDwellings"));
    }

    public static Assets financial(Money amount) {
        return new Assets(Optional.of(amount), Optional.empty(), Optional.empty());
    }

    private static void nonNegative(int n, String field) {
        if (n < 0) {
            throw InvalidInputException.invalid(field, "不能为负数", "must not be negative");
        }
    }
}
