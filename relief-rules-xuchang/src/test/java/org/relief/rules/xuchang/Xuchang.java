package org.relief.rules.xuchang;

import java.time.LocalDate;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;

/** Test helpers: an engine with the 许昌 module and request builders (长葛市 411082 by default). */
final class Xuchang {
    static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new XuchangModule()));
    static final AdminCode CHANGGE = AdminCode.of("411082");
    static final AdminCode YUZHOU = AdminCode.of("411081");

    private Xuchang() {
    }

    static DeterminationRequest.Builder request(String date, ProgramId program, Household h) {
        return DeterminationRequest.builder(CHANGGE, LocalDate.parse(date), program, h);
    }

    static Determination determine(DeterminationRequest.Builder b) {
        return ENGINE.determine(b.build());
    }

    /** A member born 1980-01-01 with the given incomes still to add. */
    static Member.Builder adult(String id) {
        return Member.builder(id).birthDate(LocalDate.of(1980, 1, 1));
    }
}
