package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.Truth;

/**
 * Counted incomes of a household (NA-04): per member where known, the known total (a lower
 * bound when some member's incomes are unknown) and the paths of the unknown ones.
 */
public record IncomeAssessment(Map<String, BigDecimal> byMember, BigDecimal knownTotal, List<String> unknownPaths,
                               int members) {
    public IncomeAssessment {
        byMember = Map.copyOf(byMember);
        unknownPaths = List.copyOf(unknownPaths);
    }

    public boolean complete() {
        return unknownPaths.isEmpty();
    }

    public Optional<BigDecimal> of(String memberId) {
        return Optional.ofNullable(byMember.get(memberId));
    }

    /**
     * Whether per-capita income is strictly below {@code line} per person, compared exactly as
     * total < line × members. With unknown incomes the known total is a lower bound: at or above
     * the line on known income alone is false, otherwise unknown.
     */
    public Truth perCapitaBelow(BigDecimal line) {
        BigDecimal threshold = line.multiply(BigDecimal.valueOf(members));
        if (knownTotal.compareTo(threshold) >= 0) {
            return Truth.FALSE;
        }
        return complete() ? Truth.TRUE : Truth.UNKNOWN;
    }

    /** Per-capita income for display (4 decimals). */
    public BigDecimal perCapita() {
        return knownTotal.divide(BigDecimal.valueOf(members), 4, java.math.RoundingMode.HALF_UP);
    }
}
