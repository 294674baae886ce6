package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Residence;
import org.relief.core.spi.Evaluation;
import org.relief.core.standards.StandardKey;

/** The dibao standard of the household's residence, shared by the rules that compare with it. */
public final class DibaoStandard {
    private DibaoStandard() {
    }

    /**
     * {@code dibao.<residence>.monthly} in force, or empty (with {@code household.residence}
     * reported missing) when the residence is unknown. A missing standard is MISSING_STANDARD.
     */
    public static Optional<BigDecimal> of(Evaluation e) {
        Optional<Residence> residence = e.household().residence();
        if (residence.isEmpty()) {
            e.missing("household.residence");
            return Optional.empty();
        }
        return Optional.of(e.standards().require(StandardKey.dibao(residence.get()).name()).value());
    }
}
