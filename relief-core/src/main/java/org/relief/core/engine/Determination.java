package org.relief.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;

/**
 * The answer for one program, as of one date. A refused request is a determination too, with
 * outcome {@link Outcome#REFUSED} and its {@link #refusal()}; nothing else is filled then.
 *
 * @param monthlyAmount recurring cash benefit (sum of the cash lines), for eligible recurring programs
 * @param amount        one-off cash benefit, for eligible one-off programs
 * @param amountMin     lower bound of a one-off benefit's permitted range, where a rule sets one
 * @param amountMax     upper bound of that range
 * @param lines         named amount lines (cash and in kind)
 * @param missing       unknown inputs on the rule's path, as case paths (outcome undetermined)
 * @param measures      measure codes of special programs
 * @param procedure     procedure of dibao, tekun and low-income determinations
 * @param trace         every rule applied, in order (empty when the request switched it off)
 */
public record Determination(Outcome outcome, Optional<Refusal> refusal, ProgramId program, AdminCode region,
                            LocalDate date, Optional<Money> monthlyAmount, Optional<Money> amount,
                            Optional<Money> amountMin, Optional<Money> amountMax, List<AmountLine> lines,
                            List<Reason> reasons, List<String> missing, List<String> measures,
                            Optional<Procedure> procedure, List<TraceEntry> trace, Versions versions) {
    public Determination {
        refusal = Optional.ofNullable(refusal).flatMap(x -> x);
        monthlyAmount = Optional.ofNullable(monthlyAmount).flatMap(x -> x);
        amount = Optional.ofNullable(amount).flatMap(x -> x);
        amountMin = Optional.ofNullable(amountMin).flatMap(x -> x);
        amountMax = Optional.ofNullable(amountMax).flatMap(x -> x);
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        measures = List.copyOf(measures);
        procedure = Optional.ofNullable(procedure).flatMap(x -> x);
        trace = List.copyOf(trace);
    }

    public boolean isEligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    public boolean isRefused() {
        return outcome == Outcome.REFUSED;
    }

    /** Whether a rule with this id was applied. */
    public boolean applied(String ruleId) {
        return trace.stream().anyMatch(t -> t.rule().equals(ruleId));
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    public Optional<AmountLine> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
