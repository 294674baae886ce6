package org.relief.core.rules.national;

import java.time.YearMonth;
import java.util.Optional;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.Notice;
import org.relief.core.lifecycle.TerminationReason;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Applied;

/**
 * NA-13 — termination (停发): "stop from the next month, after a 7-day notice". A terminating review
 * or a {@code terminate} step opens a notice of {@value #NOTICE_DAYS} calendar days on the step's
 * date, and the case is paid through the month of the notice's last day; a recipient's death or
 * fraud stops the payment from the month after the step, without a notice. Constructed for one
 * program, a region reuses it under its own id (临汾 LF-14: tekun termination after a public notice;
 * other programs then fall back to the national rule).
 */
public final class Na13Termination implements CaseRule {
    /** Days of the termination notice. */
    public static final int NOTICE_DAYS = 7;

    private final Optional<ProgramId> program;

    /** The rule for every program. */
    public Na13Termination() {
        this.program = Optional.empty();
    }

    private Na13Termination(ProgramId program) {
        this.program = Optional.of(program);
    }

    /** The rule for one program only (not applicable to the others). */
    public static Na13Termination forProgram(ProgramId program) {
        return new Na13Termination(program);
    }

    @Override
    public Applied apply(CaseContext c) {
        if (program.isPresent() && !program.get().equals(c.program())) {
            return Applied.notApplicable();
        }
        TerminationReason reason = c.terminationReason().orElse(TerminationReason.INELIGIBLE);
        YearMonth month = YearMonth.from(c.date());
        Applied a = Applied.inputs().with("reason", reason.code()).with("date", c.date());
        if (reason.stopsWithoutNotice()) {
            c.paymentUntil(month);
            return a.then(reason.zh() + "：不经公示，发放至 " + month + "，次月停发");
        }
        c.notice(NOTICE_DAYS);
        Notice n = c.notice().orElseThrow();
        YearMonth until = YearMonth.from(n.ends());
        c.paymentUntil(until);
        return a.then("公示 " + NOTICE_DAYS + " 日（" + n.starts() + " 至 " + n.ends() + "），发放至 " + until + "，次月停发");
    }
}
