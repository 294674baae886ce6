package org.relief.rules.linfen;

import java.time.LocalDate;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.ProgramId;

/** Shared test wiring: an engine with the 临汾 module only. */
final class Fixtures {
    static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new LinfenModule()));
    static final AdminCode LINFEN = AdminCode.of("141000");
    static final AdminCode YAODU = AdminCode.of("141002");
    static final AdminCode HOUMA = AdminCode.of("141081");

    private Fixtures() {
    }

    static DeterminationRequest.Builder request(String date, ProgramId program, Household household) {
        return DeterminationRequest.builder(LINFEN, LocalDate.parse(date), program, household);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
