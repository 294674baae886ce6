package org.relief.core.rules.national;

import java.time.LocalDate;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-11 — 民主评议: held for every application before 2021-07-01; from that date (民发〔2021〕57号)
 * only when the public notice drew an objection or the case is disputed. Regions restate the
 * later rule (XC-07) and register this class under their own id.
 */
public final class Na11Appraisal implements Rule {
    /** 最低生活保障审核确认办法 in force. */
    public static final LocalDate ONLY_WHEN_DISPUTED_FROM = LocalDate.of(2021, 7, 1);

    @Override
    public Applied apply(Evaluation e) {
        boolean before = e.date().isBefore(ONLY_WHEN_DISPUTED_FROM);
        boolean disputed = e.application().disputed();
        boolean held = before || disputed;
        e.democraticAppraisal(held);
        if (!e.tracing()) {
            return Applied.untraced();
        }
        return Applied.inputs().with("disputed", disputed).with("before2021-07-01", before)
                .then(held ? "democratic appraisal held" : "no democratic appraisal");
    }
}
