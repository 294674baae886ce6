package org.relief.core.rules.national;

import java.util.Optional;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-11 — 公示: 7 days; a tekun applicant under 18 is not published (0 days, 民发〔2021〕43号).
 */
public final class Na11PublicNotice implements Rule {
    public static final int DAYS = 7;

    @Override
    public Applied apply(Evaluation e) {
        if (e.program().equals(ProgramId.TEKUN)) {
            Member p = TekunStandards.applicant(e);
            Optional<Integer> age = p.ageOn(e.date());
            if (age.isEmpty()) {
                e.missing(p.path("birthDate"));
                return Applied.result("notice days unknown: applicant's age unknown");
            }
            if (age.get() < Na07Supplements.ADULT_AGE) {
                e.publicNoticeDays(0);
                return e.tracing() ? Applied.inputs().with("age", age.get()).then("minor tekun applicant: not published")
                        : Applied.untraced();
            }
        }
        e.publicNoticeDays(DAYS);
        return e.tracing() ? Applied.result("public notice " + DAYS + " days") : Applied.untraced();
    }
}
