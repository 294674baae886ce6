package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The national baseline (000000) with a test-published urban dibao standard of 931 from 2024-01-01
 * and tekun standards — test figures, published as an integrator would.
 */
final class LifecycleFixture {
    static final AdminCode NATIONAL = AdminCode.NATIONAL;
    private final List<PublishedStandard> published = new ArrayList<>();
    final ReliefEngine engine;
    final Lifecycle lifecycle;
    final CaseService cases;
    final InMemoryCaseStore store = new InMemoryCaseStore();
    final org.relief.core.roster.InMemoryRosterStore rosters = new org.relief.core.roster.InMemoryRosterStore();
    final org.relief.core.roster.PriceIndices prices = org.relief.core.roster.PriceIndices.inMemory();
    final org.relief.core.roster.Payroll payroll;

    LifecycleFixture() {
        this(RuleModules.of());
    }

    LifecycleFixture(RuleModules modules) {
        publish("dibao.urban.monthly", "2024-01-01", "931");
        publish("dibao.rural.monthly", "2024-01-01", "753");
        publish("tekun.basic.monthly", "2024-01-01", "1211");
        publish("tekun.care.selfcare.monthly", "2024-01-01", "210");
        publish("tekun.care.semi.monthly", "2024-01-01", "350");
        publish("tekun.care.full.monthly", "2024-01-01", "700");
        engine = ReliefEngine.create(modules, () -> StandardsTable.of(List.copyOf(published)));
        lifecycle = Lifecycle.create(engine);
        cases = new CaseService(lifecycle, store, rosters::paid);
        payroll = new org.relief.core.roster.Payroll(lifecycle, store, rosters, prices);
    }

    void publish(String key, String from, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), NATIONAL, LocalDate.parse(from), Optional.empty(),
                new BigDecimal(value), key.endsWith(".monthly") ? StandardUnit.MONTHLY : StandardUnit.NUMBER,
                Provenance.reportedBy("test figure")));
    }

    /** Publishes, known always, a value for {@code area}. */
    void publishIn(String area, String key, String from, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), AdminCode.of(area), LocalDate.parse(from), Optional.empty(),
                new BigDecimal(value), key.endsWith(".monthly") ? StandardUnit.MONTHLY : StandardUnit.NUMBER,
                Provenance.reportedBy("test figure")));
    }

    /** Publishes on {@code publishedOn} a value effective from {@code from} (and until {@code until}, when given). */
    void publishOn(String publishedOn, String key, String from, String until, String value) {
        publishOnIn(NATIONAL.value(), publishedOn, key, from, until, value);
    }

    /** Publishes on {@code publishedOn} a value for {@code area} effective from {@code from} (and until {@code until}). */
    void publishOnIn(String area, String publishedOn, String key, String from, String until, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), AdminCode.of(area), LocalDate.parse(from),
                Optional.ofNullable(until).map(LocalDate::parse), new BigDecimal(value),
                key.endsWith(".monthly") ? StandardUnit.MONTHLY : StandardUnit.NUMBER,
                new Provenance("test figure", Optional.of("test"), Optional.empty(), Optional.of(LocalDate.parse(publishedOn)),
                        Optional.empty())));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Household onePerson(String birth) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d(birth)).noIncome().build());
    }

    static Step.Apply apply(String date, ProgramId program, Household h) {
        return new Step.Apply(d(date), "ref-" + date, NATIONAL, program, h, ApplicationForm.consented());
    }

    Case open(AdminCode region, String date, ProgramId program, Household h) {
        return taken(cases.apply(new Step.Apply(d(date), "ref-" + region + "-" + date, region, program, h,
                ApplicationForm.consented())));
    }

    /** A dibao case in {@code region} taken to active: applied 2024-03-01 … approved 2024-03-18. */
    Case activeDibao(AdminCode region, Household h) {
        Case c = open(region, "2024-03-01", ProgramId.DIBAO, h);
        c = take(c, new Step.Accept(d("2024-03-04")));
        c = take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        return take(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE));
    }

    Case open(String date, ProgramId program, Household h) {
        return taken(cases.apply(apply(date, program, h)));
    }

    Case take(Case c, Step s) {
        return taken(cases.take(c.id(), s));
    }

    StepRefusal refuse(Case c, Step s) {
        StepResult r = lifecycle.take(c, s);
        return assertInstanceOf(StepResult.Refused.class, r, () -> "expected a refusal, got " + r).refusal();
    }

    static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    /** A dibao case taken to {@code proposed}: applied 2024-03-01, accepted 03-04, surveyed 03-06, proposed 03-11. */
    Case proposedDibao(Household h) {
        Case c = open("2024-03-01", ProgramId.DIBAO, h);
        c = take(c, new Step.Accept(d("2024-03-04")));
        c = take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        return take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
    }

    /** The same, approved on 2024-03-18 (notice 03-11 … 03-17). */
    Case activeDibao(Household h) {
        return take(proposedDibao(h), new Step.Decide(d("2024-03-18"), Verdict.APPROVE));
    }
}
