package org.relief.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;

/**
 * 一门受理: one household determined for every program its region serves, as of one date.
 */
public record Screening(AdminCode region, LocalDate date, List<Determination> determinations) {
    public Screening {
        determinations = List.copyOf(determinations);
    }

    public Optional<Determination> of(ProgramId program) {
        return determinations.stream().filter(d -> d.program().equals(program)).findFirst();
    }

    /** The programs the household is eligible for. */
    public List<ProgramId> eligiblePrograms() {
        return determinations.stream().filter(Determination::isEligible).map(Determination::program).toList();
    }
}
