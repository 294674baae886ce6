package org.relief.rules.anhui;

import java.time.LocalDate;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.ProgramId;

/** Test helpers: one engine over the anhui module. */
final class Anhui {
    static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new AnhuiModule()));
    /** 田家庵区, 淮南. */
    static final String HUAINAN = "340403";
    /** 琅琊区, 滁州. */
    static final String CHUZHOU = "341102";

    private Anhui() {
    }

    static DeterminationRequest.Builder request(String region, String date, ProgramId program, Household h) {
        return DeterminationRequest.builder(AdminCode.of(region), LocalDate.parse(date), program, h);
    }

    static Determination determine(DeterminationRequest.Builder b) {
        return ENGINE.determine(b.build());
    }
}
