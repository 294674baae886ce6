package org.relief.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dibao a household receives now (for 渐退期, NA-05): its monthly amount (unknown when absent)
 * and the date its gradual exit started (absent: the exit starts in the determination's month).
 */
public record CurrentDibao(Optional<Money> monthly, Optional<LocalDate> exitStartedOn) {
    public CurrentDibao {
        monthly = Optional.ofNullable(monthly).flatMap(x -> x);
        exitStartedOn = Optional.ofNullable(exitStartedOn).flatMap(x -> x);
    }
}
