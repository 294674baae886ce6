package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/**
 * A refused step changes nothing: over random step sequences on a stored case, the stored case after
 * a refused step equals the case before it, and a taken step adds exactly one step.
 */
class RefusedStepChangesNothingProperties {

    @Property(tries = 150)
    void aRefusedStepLeavesTheStoredCaseAsItWas(@ForAll("programs") ProgramId program,
                                               @ForAll @Size(min = 1, max = 14) List<@net.jqwik.api.From("steps") Step> drawn,
                                               @ForAll boolean inDateOrder) {
        // in date order most sequences get far (active, exiting, terminated); unsorted ones test the order check
        List<Step> steps = inDateOrder ? drawn.stream().sorted(java.util.Comparator.comparing(Step::date)).toList() : drawn;
        LifecycleFixture f = new LifecycleFixture();
        f.publish("dibao.gradualExit.months", "2024-01-01", "2");
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                .supporter(org.relief.core.model.Supporter.NONE).selfCareItemsFailed(2).build(),
                Member.builder("p2").birthDate(LocalDate.of(2010, 1, 1)).noIncome().build());
        Case c = f.open("2024-03-01", program, h);
        for (Step s : steps) {
            Case before = f.cases.find(c.id()).orElseThrow();
            StepResult r = f.cases.take(c.id(), s);
            Case after = f.cases.find(c.id()).orElseThrow();
            if (r instanceof StepResult.Refused) {
                assertEquals(before, after, () -> "refused " + s + " changed the case");
            } else {
                assertEquals(before.steps().size() + 1, after.steps().size());
                assertEquals(((StepResult.Taken) r).after(), after);
            }
        }
    }

    @Provide
    Arbitrary<ProgramId> programs() {
        return Arbitraries.of(ProgramId.DIBAO, ProgramId.TEKUN);
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 400).map(n -> LocalDate.of(2024, 3, 1).plusDays(n));
        Arbitrary<Household> households = Arbitraries.of(
                Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                        .supporter(org.relief.core.model.Supporter.NONE).selfCareItemsFailed(2).build()),
                Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1))
                        .income(IncomeKind.PENSION, "4000.00").build()),
                Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).build()));
        return Arbitraries.oneOf(
                dates.map(Step.Accept::new),
                Combinators.combine(dates, Arbitraries.integers().between(0, 3), households.optional())
                        .as(Step.Survey::new),
                Combinators.combine(dates, Arbitraries.of(Verdict.class)).as(Step.Propose::new),
                dates.map(Step.Objection::new),
                Combinators.combine(dates, Arbitraries.of(AppraisalResult.class)).as(Step.Appraise::new),
                dates.map(d -> new Step.Extend(d, "补充核对")),
                Combinators.combine(dates, Arbitraries.of(Verdict.class)).as(Step.Decide::new),
                dates.map(Step.Withdraw::new),
                Combinators.combine(dates, households).as(Step.Review::new),
                Combinators.combine(dates, Arbitraries.of(TerminationReason.class)).as(Step.Terminate::new),
                Combinators.combine(dates, Arbitraries.of("p1", "p2", "p9")).as(Step.Death::new));
    }

}
