package org.relief.core.rules.national;

import java.time.LocalDate;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.ProgramId;

/** Helpers for the national rule tests: the baseline engine and a request builder. */
final class National {
    static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of());

    private National() {
    }

    static DeterminationRequest.Builder request(String date, ProgramId program, Household h) {
        return DeterminationRequest.builder(AdminCode.NATIONAL, LocalDate.parse(date), program, h);
    }

    static Determination determine(DeterminationRequest.Builder b) {
        return ENGINE.determine(b.build());
    }
}
