package org.relief.rules.liaocheng;

import java.time.LocalDate;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Supporter;

/** Test helpers: an engine with the 聊城 module and request builders (东昌府区 371502 by default). */
final class Liaocheng {
    static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new LiaochengModule()));
    static final AdminCode DONGCHANGFU = AdminCode.of("371502");

    private Liaocheng() {
    }

    static DeterminationRequest.Builder request(String date, ProgramId program, Household h) {
        return DeterminationRequest.builder(DONGCHANGFU, LocalDate.parse(date), program, h);
    }

    static Determination determine(DeterminationRequest.Builder b) {
        return ENGINE.determine(b.build());
    }

    /** A tekun applicant with no supporter and no income. */
    static Member.Builder tekun(String born, Integer itemsFailed) {
        return Member.builder("p1").birthDate(LocalDate.parse(born)).supporter(Supporter.NONE).noIncome()
                .selfCareItemsFailed(itemsFailed);
    }
}
