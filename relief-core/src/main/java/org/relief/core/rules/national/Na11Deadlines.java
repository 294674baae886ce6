package org.relief.core.rules.national;

import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Notice;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.spi.Applied;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-11 — the working-day deadlines of the procedure (民发〔2021〕57号 dibao; 民发〔2021〕43号 tekun),
 * counted on the national calendar ("within N working days of D" = on or before the N-th working
 * day after D):
 * <ul>
 *   <li>dibao, on {@code accept}: {@code surveyStartBy} = 3 working days; {@code decisionBy} =
 *   {@code procedure.decisionWorkingDays} working days (a published standard: 30 nationally from
 *   2021-07-01, 河南 25); after {@code extend}, {@code procedure.decisionWorkingDaysExtended} (45; 河南 40);</li>
 *   <li>tekun: {@code proposalBy} = 15 working days after acceptance; {@code decisionBy} = 10 working
 *   days after the notice's last day, or after the proposal where there is no notice;</li>
 *   <li>a refusal ({@code decide refuse}): {@code refusalNoticeBy} = 3 working days.</li>
 * </ul>
 * A limit that is not published on the date is not guessed: the deadline is unknown, with reason
 * {@code MISSING_STANDARD} naming the key. A region reuses this class under its own id (许昌 XC-19).
 */
public final class Na11Deadlines implements CaseRule {
    /** Working days from acceptance to the start of the household survey (dibao). */
    public static final int SURVEY_START_WORKING_DAYS = 3;
    /** Tekun: working days from acceptance to the township's proposal. */
    public static final int TEKUN_PROPOSAL_WORKING_DAYS = 15;
    /** Tekun: working days from the end of the notice (or the proposal) to the decision. */
    public static final int TEKUN_DECISION_WORKING_DAYS = 10;
    /** Working days to notify a refusal in writing. */
    public static final int REFUSAL_NOTICE_WORKING_DAYS = 3;

    private final Optional<ProgramId> program;

    /** The rule for every program. */
    public Na11Deadlines() {
        this.program = Optional.empty();
    }

    private Na11Deadlines(ProgramId program) {
        this.program = Optional.of(program);
    }

    /**
     * The rule for one program only (not applicable to the others, whose deadlines stay the national
     * rule's): 许昌 XC-19 concerns the dibao limit.
     */
    public static Na11Deadlines forProgram(ProgramId program) {
        return new Na11Deadlines(program);
    }

    @Override
    public Applied apply(CaseContext c) {
        if (program.isPresent() && !program.get().equals(c.program())) {
            return Applied.notApplicable();
        }
        Step step = c.step();
        boolean dibao = c.program().equals(ProgramId.DIBAO);
        Applied a = Applied.inputs().with("program", c.program());
        if (step instanceof Step.Accept) {
            if (dibao) {
                Optional<LocalDate> survey = c.deadline(Deadline.SURVEY_START_BY, c.date(), SURVEY_START_WORKING_DAYS);
                a.with("surveyStartBy", SURVEY_START_WORKING_DAYS + " working days");
                return decision(c, a, false).then("受理 " + c.date() + "：surveyStartBy " + text(survey) + "，decisionBy "
                        + text(c.deadlineOf(Deadline.DECISION_BY)));
            }
            Optional<LocalDate> proposal = c.deadline(Deadline.PROPOSAL_BY, c.date(), TEKUN_PROPOSAL_WORKING_DAYS);
            return a.with("proposalBy", TEKUN_PROPOSAL_WORKING_DAYS + " working days")
                    .then("受理 " + c.date() + "：proposalBy " + text(proposal));
        }
        if (step instanceof Step.Extend) {
            return decision(c, a, true).then("延长确认期限：decisionBy " + text(c.deadlineOf(Deadline.DECISION_BY)));
        }
        if (step instanceof Step.Propose p && !dibao) {
            Optional<Notice> notice = c.notice();
            LocalDate from = notice.map(Notice::ends).orElse(p.date());
            Optional<LocalDate> by = c.deadline(Deadline.DECISION_BY, from, TEKUN_DECISION_WORKING_DAYS);
            return a.with("from", notice.isPresent() ? "公示结束 " + from : "审核 " + from)
                    .with("workingDays", TEKUN_DECISION_WORKING_DAYS).then("decisionBy " + text(by));
        }
        if (step instanceof Step.Decide d && d.decision() == Verdict.REFUSE) {
            Optional<LocalDate> by = c.deadline(Deadline.REFUSAL_NOTICE_BY, d.date(), REFUSAL_NOTICE_WORKING_DAYS);
            return a.with("workingDays", REFUSAL_NOTICE_WORKING_DAYS).then("不予确认，书面告知期限 refusalNoticeBy " + text(by));
        }
        return Applied.notApplicable();
    }

    private static Applied decision(CaseContext c, Applied a, boolean extended) {
        StandardKey key = extended || c.extended() ? StandardKey.DECISION_WORKING_DAYS_EXTENDED : StandardKey.DECISION_WORKING_DAYS;
        LocalDate accepted = c.acceptedOn().orElse(c.date());
        Optional<StandardValue> limit = c.standards().find(key.name());
        if (limit.isEmpty()) {
            c.deadlineUnknown(Deadline.DECISION_BY, RefusalCode.MISSING_STANDARD.name(),
                    "确认期限无法计算：" + c.county() + " 在 " + c.date() + " 未公布 " + key,
                    "decisionBy cannot be computed: " + key + " is not published for " + c.county() + " on " + c.date());
            return a.with(key.name(), "未公布");
        }
        int days = limit.get().value().intValueExact();
        c.deadline(Deadline.DECISION_BY, accepted, days);
        return a.with(key.name(), days + "（" + limit.get().provenance().describe() + "）").with("acceptedOn", accepted);
    }

    private static String text(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("无法确定");
    }
}
