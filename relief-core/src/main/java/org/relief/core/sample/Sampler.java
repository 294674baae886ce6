package org.relief.core.sample;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RosterSlotRule;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.roster.RosterContext;
import org.relief.core.spi.Slots;

/**
 * Draws a county's sample re-check over the case store: the population is every case of the county
 * whose decision in the month was taken at township level (approved and refused), optionally narrowed
 * to a list of case ids; the share comes from the module's rule in {@link Slots#COUNTY_SAMPLE}
 * (安徽 AH-05: 30%); elsewhere the step is refused {@code UNSUPPORTED_IN_REGION}.
 */
public final class Sampler {
    private final Lifecycle lifecycle;
    private final CaseStore cases;

    /** A sampler over the lifecycle's modules and the case store. */
    public Sampler(Lifecycle lifecycle, CaseStore cases) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** A drawn sample, or the refusal. */
    public sealed interface Outcome {
    }

    /** The sample drawn. */
    public record Drawn(SampleResult result) implements Outcome {
    }

    /** The step refused. */
    public record Refused(StepRefusal refusal) implements Outcome {
    }

    /** Draws the sample of (county, month) with {@code seed}, over {@code narrowTo} when given. */
    public Outcome sample(AdminCode county, YearMonth month, String seed, Optional<Set<CaseId>> narrowTo) {
        Optional<LoadedModule> module = lifecycle.engine().modules().forRegion(county);
        if (module.isEmpty()) {
            return new Refused(StepRefusal.of("UNKNOWN_REGION", "region", "行政区划 " + county + " 不在任何规则模块的服务范围内",
                    "no rule module serves region " + county));
        }
        Optional<RosterSlotRule> rule = module.get().rosterRuleFor(Slots.COUNTY_SAMPLE, month.atDay(1));
        if (rule.isEmpty()) {
            return new Refused(StepRefusal.of(StepRefusal.UNSUPPORTED_IN_REGION, "do",
                    module.get().name() + "的政策文件没有县级抽查复核的规定", "the documents of " + module.get().id()
                            + " have no county sample re-check"));
        }
        RosterContext ctx = RosterContext.forSample(county, month, lifecycle.calendar());
        rule.get().rule().apply(ctx);
        BigDecimal share = ctx.sampleShare().orElseThrow(() -> new IllegalStateException(rule.get().ruleId() + " set no share"));
        List<SampleCandidate> population = new ArrayList<>();
        try (Stream<Case> all = cases.inCounty(county)) {
            all.filter(c -> narrowTo.map(s -> s.contains(c.id())).orElse(true))
                    .filter(c -> c.decision().map(d -> YearMonth.from(d.date()).equals(month)
                            && d.approvalLevel().equals(Optional.of(ApprovalLevel.TOWNSHIP))).orElse(false))
                    .forEach(c -> population.add(new SampleCandidate(c.id(), c.reference(),
                            c.decision().get().verdict() == Verdict.REFUSE)));
        }
        List<SampleCandidate> ordered = CountySample.order(seed, population);
        return new Drawn(new SampleResult(county, month, seed, ordered, CountySample.select(seed, population, share),
                rule.get().ruleId()));
    }
}
