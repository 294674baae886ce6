package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.Outcome;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.AdminCode;
import org.relief.core.model.CareSetting;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;
import org.relief.core.spi.Citation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardsTable;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.junit.ReliefCases;

/**
 * The rule-module TCK (技术兼容性测试): a regional team extends this class and implements one
 * factory method; every {@code required_*} check must pass, {@code optional_*} checks skip with a
 * message naming the hook to override.
 *
 * <pre>{@code
 * class XuchangConformanceTest extends RuleModuleConformance {
 *     @Override protected RuleModule module() { return new XuchangModule(); }
 * }
 * }</pre>
 *
 * <p>Hooks (all with defaults): {@link #sampleStandards()}, {@link #sampleRegion()},
 * {@link #sampleDate()}, {@link #sampleHousehold()}, {@link #sampleRequest(ProgramId)},
 * {@link #seed()}, {@link #generatedHouseholds()}, {@link #parallelThreads()},
 * {@link #goldenCases()}, {@link #ownStandardsDate()}.
 *
 * <p>Failure messages name the check, the rule id where one is to blame, the program and the
 * generated household (with the seed), so that a failure can be reproduced by hand.
 */
public abstract class RuleModuleConformance {
    private volatile ReliefEngine engine;
    private volatile RuleModules modules;

    /** The module under test: a new instance on each call. */
    protected abstract RuleModule module();

    // ------------------------------------------------------------------ hooks

    /**
     * Standards given with every sample request (overriding the module's table). The default is a
     * complete generic set so that every national program can be determined; return {@code Map.of()}
     * to test with the module's own published standards only.
     */
    protected Map<String, String> sampleStandards() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("dibao.urban.monthly", "720.00");
        s.put("dibao.rural.monthly", "600.00");
        s.put("tekun.basic.monthly", "936.00");
        s.put("tekun.care.selfcare.monthly", "173.00");
        s.put("tekun.care.semi.monthly", "289.00");
        s.put("tekun.care.full.monthly", "577.00");
        s.put("minimumWage.monthly", "1730.00");
        s.put("medical.inpatient.ratio", "0.6");
        s.put("lowIncome.multiplier", "1.5");
        return s;
    }

    /** The region of sample requests: by default the module's first admin code (in code order). */
    protected AdminCode sampleRegion() {
        return module().adminCodes().stream().min(Comparator.comparing(AdminCode::value))
                .orElseThrow(() -> new IllegalStateException("module serves no admin code"));
    }

    /**
     * The date of sample requests: by default one year after the start of the validity, or its
     * last day when the validity is shorter.
     */
    protected LocalDate sampleDate() {
        Validity v = module().validity();
        LocalDate d = v.from().plusYears(1);
        return v.contains(d) ? d : v.until().orElse(v.from());
    }

    /**
     * The sample household: p1 an elderly head with no labour capacity, no supporter, 2 self-care
     * items failed, a small pension; p2 a 10-year-old grandchild at compulsory school without income.
     */
    protected Household sampleHousehold() {
        LocalDate date = sampleDate();
        Member p1 = Member.builder("p1").relation(Relation.HEAD).birthDate(date.minusYears(75).minusDays(40))
                .laborCapacity(LaborCapacity.NONE).supporter(Supporter.NONE).selfCareItemsFailed(2)
                .careSetting(CareSetting.DISPERSED).income(IncomeKind.PENSION, "120.00").build();
        Member p2 = Member.builder("p2").relation(Relation.GRANDCHILD).birthDate(date.minusYears(10))
                .education(EducationStage.COMPULSORY).noIncome().build();
        return Household.of(Residence.URBAN, p1, p2);
    }

    /**
     * The sample request of a program: {@link #sampleHousehold()} in {@link #sampleRegion()} on
     * {@link #sampleDate()} with {@link #sampleStandards()}; special programs for a household
     * receiving dibao; one-off programs with an event of member p1.
     */
    protected DeterminationRequest sampleRequest(ProgramId program) {
        Household h = sampleHousehold();
        if (List.of(ProgramId.MEDICAL, ProgramId.EDUCATION, ProgramId.HOUSING, ProgramId.EMPLOYMENT).contains(program)) {
            h = h.receiving(ProgramId.DIBAO);
        }
        DeterminationRequest.Builder b = DeterminationRequest.builder(sampleRegion(), sampleDate(), program, h);
        sampleStandards().forEach(b::standard);
        String member = h.members().get(0).id();
        if (program.equals(ProgramId.TEMPORARY)) {
            b.event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withRequested(Money.yuan("2000.00"))
                    .withMember(member));
        } else if (program.equals(ProgramId.MEDICAL)) {
            b.event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE).withInPolicySelfPaid(Money.yuan("10000.00"))
                    .withMember(member));
        } else if (program.equals(ProgramId.DISASTER)) {
            b.event(Event.of(EventKind.DISASTER, EventType.EMERGENCY).withMember(member));
        }
        return b.build();
    }

    /** Seed of the generated households (fixed, so that a failure is reproducible). */
    protected long seed() {
        return 20_140_501L;
    }

    /** How many households the property checks generate (bounded, so the suite stays fast). */
    protected int generatedHouseholds() {
        return 200;
    }

    /** Threads of {@link #required_safeUnderParallelCalls()}. */
    protected int parallelThreads() {
        return 8;
    }

    /**
     * Optional: the location of the module's {@code relief-cases/1} golden cases (class-path
     * resource or path, e.g. {@code "/relief-cases/xuchang"}), run by {@link #optional_goldenCases()}.
     */
    protected Optional<String> goldenCases() {
        return Optional.empty();
    }

    /**
     * Optional: a date on which the module's own published standards suffice for dibao, low-income
     * and tekun without any override, checked by {@link #optional_ownStandardsSuffice()}.
     */
    protected Optional<LocalDate> ownStandardsDate() {
        return Optional.empty();
    }

    // ------------------------------------------------------------------ required checks

    /**
     * Metadata complete: id, version, name, admin codes (not 000000), validity, the SPI version,
     * a citation for every rule id it registers (its own or the national baseline's), rules only in
     * known slots; and the module loads.
     */
    @Test
    public void required_metadataComplete() {
        RuleModule m = module();
        List<String> problems = new ArrayList<>();
        String id = m.id();
        if (id == null || id.isBlank()) {
            problems.add("id() is blank（模块编号为空）");
        }
        if (m.version() == null || m.version().isBlank()) {
            problems.add("version() is blank（版本为空）");
        }
        if (m.name() == null || m.name().isBlank()) {
            problems.add("name() is blank（名称为空）");
        }
        Set<AdminCode> codes = m.adminCodes();
        if (codes == null || codes.isEmpty()) {
            problems.add("adminCodes() is empty（未声明行政区划代码）");
        } else if (codes.contains(AdminCode.NATIONAL)) {
            problems.add("adminCodes() contains 000000, reserved for the national baseline（000000 为国家基线保留）");
        }
        if (m.validity() == null) {
            problems.add("validity() is null（未声明有效期）");
        }
        if (m.spiVersion() != RuleModule.SPI_VERSION) {
            problems.add("spiVersion() " + m.spiVersion() + " but core implements " + RuleModule.SPI_VERSION);
        }
        Recorder rec = new Recorder();
        try {
            m.register(rec);
        } catch (RuntimeException e) {
            problems.add("register() threw " + e);
        }
        Map<String, Citation> national = RuleModules.of().national().catalogue();
        problems.addAll(rec.duplicateCitations);
        Set<String> knownSlots = new LinkedHashSet<>();
        Slots.PIPELINES.values().forEach(knownSlots::addAll);
        rec.programs.values().forEach(knownSlots::addAll);
        knownSlots.addAll(Slots.CASE_SLOTS);
        knownSlots.addAll(Slots.COUNTY_SLOTS);
        for (Recorder.Registered r : rec.rules) {
            if (!rec.cited.containsKey(r.ruleId()) && !national.containsKey(r.ruleId())) {
                problems.add("rule " + r.ruleId() + " in slot " + r.slot() + " has no citation: call cite() with its document"
                        + " and clause（规则 " + r.ruleId() + " 未登记出处）");
            }
            if (!knownSlots.contains(r.slot())) {
                problems.add("rule " + r.ruleId() + " names unknown slot '" + r.slot() + "'");
            }
        }
        if (problems.isEmpty()) {
            try {
                RuleModules.of(m);
            } catch (RuntimeException e) {
                problems.add("the module does not load（模块无法加载）: " + e.getMessage());
            }
        }
        report("required_metadataComplete", problems);
    }

    /**
     * Every program of {@link ProgramId#STANDARD} (and every program the module adds) can be
     * determined inside the validity with the sample standards: the answer is not a refusal.
     */
    @Test
    public void required_everyProgramDeterminable() {
        List<String> problems = new ArrayList<>();
        for (ProgramId p : programs()) {
            Determination d = engine().determine(sampleRequest(p));
            if (d.isRefused()) {
                problems.add("program " + p + " on " + sampleDate() + " in " + sampleRegion() + " is refused "
                        + describe(d) + " — override sampleStandards() or sampleRequest(ProgramId) if the sample lacks"
                        + " what the module needs（项目 " + p + " 被拒绝受理）");
            }
        }
        report("required_everyProgramDeterminable", problems);
    }

    /**
     * The module's calculators ({@link RuleRegistrar#calculator}): ids unique, each citing a catalogue
     * entry the module (or the national baseline) declares, exactly as declared and not one marked
     * not computable; every input declared with its descriptions (checked by {@code CalculatorSpec});
     * and, given no input at all, each calculator with a required input refuses with an
     * {@link org.relief.core.model.InvalidInputException} naming a declared required input, never
     * another exception. Passes trivially for a module without calculators.
     */
    @Test
    public void required_calculatorsDeclared() {
        Recorder rec = new Recorder();
        module().register(rec);
        Map<String, Citation> national = RuleModules.of().national().catalogue();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (org.relief.core.spi.Calculator c : rec.calculators) {
            String id = c.id();
            if (!ids.add(id)) {
                problems.add("calculator id " + id + " registered twice（计算器编号重复）");
            }
            Citation declared = rec.cited.getOrDefault(c.ruleId(), national.get(c.ruleId()));
            if (declared == null) {
                problems.add("calculator " + id + " cites " + c.ruleId() + ", which the catalogue does not declare（未登记的规则编号）");
            } else if (!declared.equals(c.citation())) {
                problems.add("calculator " + id + " cites " + c.citation() + ", the catalogue declares " + declared);
            } else if (declared.kind() == Citation.Kind.NOT_COMPUTABLE) {
                problems.add("calculator " + id + " realises " + c.ruleId() + ", which the catalogue marks not computable");
            }
            List<String> required = c.inputs().stream().filter(org.relief.core.spi.CalculatorParameter::required)
                    .map(org.relief.core.spi.CalculatorParameter::name).toList();
            if (required.isEmpty()) {
                continue;
            }
            try {
                c.compute(Map.of());
                problems.add("calculator " + id + " answered without its required inputs " + required);
            } catch (org.relief.core.model.InvalidInputException e) {
                if (!required.contains(e.field())) {
                    problems.add("calculator " + id + " without input names '" + e.field() + "', not one of its required inputs "
                            + required);
                }
            } catch (RuntimeException e) {
                problems.add("calculator " + id + " without input threw " + e + " instead of an InvalidInputException");
            }
        }
        report("required_calculatorsDeclared", problems);
    }

    /** A date before the validity is refused with {@code DATE_OUT_OF_RANGE}, for every program. */
    @Test
    public void required_dateBeforeValidityRefused() {
        LocalDate before = module().validity().from().minusDays(1);
        report("required_dateBeforeValidityRefused", dateRefusals(before));
    }

    /**
     * A date after the validity, where it ends, is refused with {@code DATE_OUT_OF_RANGE}. Skipped
     * when the validity has no end.
     */
    @Test
    public void required_dateAfterValidityRefused() {
        Optional<LocalDate> until = module().validity().until();
        Assumptions.assumeTrue(until.isPresent(), "validity() has no last day: nothing after it to check（有效期无截止日期）");
        report("required_dateAfterValidityRefused", dateRefusals(until.get().plusDays(1)));
    }

    /** Deterministic: the same request twice, and with a freshly loaded module, gives equal determinations. */
    @Test
    public void required_deterministic() {
        List<String> problems = new ArrayList<>();
        ReliefEngine fresh = ReliefEngine.create(RuleModules.of(module()));
        List<Labelled> requests = requests(50);
        for (Labelled r : requests) {
            Determination a = engine().determine(r.request);
            Determination b = engine().determine(r.request);
            Determination c = fresh.determine(r.request);
            if (!a.equals(b)) {
                problems.add(r.label + ": asked twice, answered differently: " + firstDifference(a, b));
            } else if (!a.equals(c)) {
                problems.add(r.label + ": a freshly loaded module answered differently: " + firstDifference(a, c));
            }
        }
        report("required_deterministic", problems);
    }

    /** Amounts are never negative: monthly and one-off amounts, range bounds and every line, for generated households. */
    @Test
    public void required_amountsNeverNegative() {
        List<String> problems = new ArrayList<>();
        for (Labelled r : requests(generatedHouseholds())) {
            Determination d = engine().determine(r.request);
            check(problems, r, "monthlyAmount", d.monthlyAmount(), d);
            check(problems, r, "amount", d.amount(), d);
            check(problems, r, "amountMin", d.amountMin(), d);
            check(problems, r, "amountMax", d.amountMax(), d);
            for (AmountLine l : d.lines()) {
                if (l.amount().isNegative()) {
                    problems.add(r.label + ": line '" + l.code() + "' of rule " + l.rule() + " is " + l.amount()
                            + "（金额为负）");
                }
            }
        }
        report("required_amountsNeverNegative", problems);
    }

    /**
     * For households without a 单人户 application (NA-06), more income never raises the dibao
     * monthly amount (ineligible counts as 0; undetermined answers are not compared).
     */
    @Test
    public void required_dibaoNeverRisesWithIncome() {
        List<String> problems = new ArrayList<>();
        Random r = new Random(seed() + 1);
        List<Household> households = SampleHouseholds.generate(seed(), generatedHouseholds(), sampleDate(), false);
        for (int i = 0; i < households.size(); i++) {
            Household h = households.get(i);
            Money raise = SampleHouseholds.fen(r, 50_000).plus(Money.yuan("0.01"));
            Determination before = engine().determine(request(ProgramId.DIBAO, h));
            Determination after = engine().determine(request(ProgramId.DIBAO, SampleHouseholds.withMoreIncome(h, raise)));
            Optional<Money> a = dibaoAmount(before);
            Optional<Money> b = dibaoAmount(after);
            if (a.isPresent() && b.isPresent() && b.get().compareTo(a.get()) > 0) {
                Set<String> rules = new LinkedHashSet<>();
                for (AmountLine l : after.lines()) {
                    Money earlier = before.line(l.code()).map(AmountLine::amount).orElse(Money.ZERO);
                    if (l.amount().compareTo(earlier) > 0) {
                        rules.add(l.rule());
                    }
                }
                problems.add("household #" + i + " (seed " + seed() + "): income +" + raise + " for p1 raised the dibao"
                        + " amount from " + a.get() + " to " + b.get() + "; raised by rule " + rules + "（收入增加而低保金增加）");
            }
        }
        report("required_dibaoNeverRisesWithIncome", problems);
    }

    /** Every trace entry cites a rule id the module or core (the national baseline) declares, with a citation. */
    @Test
    public void required_traceCitesDeclaredIds() {
        List<String> problems = new ArrayList<>();
        Map<String, Citation> declared = new LinkedHashMap<>(modules().national().catalogue());
        loaded().ifPresent(m -> declared.putAll(m.catalogue()));
        for (Labelled r : requests(50)) {
            Determination d = engine().determine(r.request);
            for (TraceEntry t : d.trace()) {
                if (!declared.containsKey(t.rule())) {
                    problems.add(r.label + ": trace entry of slot " + t.slot() + " cites " + t.rule()
                            + ", declared by neither the module nor core（未登记的规则编号）");
                } else if (t.citation() == null || t.citation().isBlank()) {
                    problems.add(r.label + ": trace entry " + t.rule() + " has no citation（缺少出处）");
                }
            }
        }
        report("required_traceCitesDeclaredIds", problems);
    }

    /**
     * Safe under parallel calls: {@link #parallelThreads()} threads sharing one engine, each asking
     * every request in its own order, get the sequential answers.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    public void required_safeUnderParallelCalls() throws Exception {
        List<Labelled> requests = requests(Math.max(20, generatedHouseholds() / 2));
        ReliefEngine shared = ReliefEngine.create(RuleModules.of(module()));
        List<Determination> sequential = new ArrayList<>();
        for (Labelled r : requests) {
            sequential.add(shared.determine(r.request));
        }
        int threads = parallelThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int t = 0; t < threads; t++) {
                long threadSeed = seed() + 100 + t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < requests.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(threadSeed));
                    start.await();
                    for (int rep = 0; rep < 3; rep++) {
                        for (int i : order) {
                            Determination d = shared.determine(requests.get(i).request);
                            if (!d.equals(sequential.get(i)) && problems.size() < 20) {
                                problems.add(requests.get(i).label + ": under " + threads + " parallel threads answered "
                                        + firstDifference(sequential.get(i), d) + "（并发调用结果不一致）");
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(4, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        report("required_safeUnderParallelCalls", new ArrayList<>(new LinkedHashSet<>(problems)));
    }

    /**
     * Unknown inputs give {@code undetermined}, not a guess: with every member's {@code incomes}
     * absent, dibao, low-income and tekun answer undetermined, list a {@code members[..].incomes}
     * path as missing, and pay nothing.
     */
    @Test
    public void required_unknownIncomesUndetermined() {
        List<String> problems = new ArrayList<>();
        for (ProgramId p : List.of(ProgramId.DIBAO, ProgramId.LOW_INCOME, ProgramId.TEKUN)) {
            DeterminationRequest base = sampleRequest(p);
            DeterminationRequest unknown = new DeterminationRequest(base.region(), base.date(), p, base.standards(),
                    SampleHouseholds.withUnknownIncomes(base.household()), base.application(), base.event(), base.history(),
                    true);
            Determination d = engine().determine(unknown);
            boolean namesIncomes = d.missing().stream().anyMatch(m -> m.startsWith("members[") && m.endsWith("].incomes"));
            if (d.outcome() != Outcome.UNDETERMINED || !namesIncomes || d.monthlyAmount().isPresent()) {
                problems.add(p + " with every member's incomes absent answered " + describe(d) + ", missing " + d.missing()
                        + (d.monthlyAmount().map(m -> ", monthlyAmount " + m).orElse("")) + "; rules applied "
                        + d.trace().stream().map(TraceEntry::rule).toList()
                        + " — absent incomes are unknown, not zero: expected undetermined with members[..].incomes missing"
                        + "（收入未知时应为无法认定，不得推定为零）");
            }
        }
        report("required_unknownIncomesUndetermined", problems);
    }

    // ------------------------------------------------------------------ optional checks

    /** The module's golden cases (hook {@link #goldenCases()}), one dynamic test per case. */
    @TestFactory
    public Stream<DynamicTest> optional_goldenCases() {
        Optional<String> location = goldenCases();
        Assumptions.assumeTrue(location.isPresent(),
                "optional: override goldenCases() to return the location of the module's relief-cases/1 files, e.g."
                        + " Optional.of(\"/relief-cases/\" + module().id())（可选：重写 goldenCases() 以运行黄金案例）");
        return ReliefCases.dynamicTests(location.get(), modules());
    }

    /** The module's own standards suffice on {@link #ownStandardsDate()} for dibao, low-income and tekun. */
    @Test
    public void optional_ownStandardsSuffice() {
        Optional<LocalDate> date = ownStandardsDate();
        Assumptions.assumeTrue(date.isPresent(),
                "optional: override ownStandardsDate() to return a date on which the module's published standards"
                        + " suffice（可选：重写 ownStandardsDate() 以检查模块自带的救助标准）");
        List<String> problems = new ArrayList<>();
        for (ProgramId p : List.of(ProgramId.DIBAO, ProgramId.LOW_INCOME, ProgramId.TEKUN)) {
            DeterminationRequest s = sampleRequest(p);
            DeterminationRequest r = new DeterminationRequest(s.region(), date.get(), p, Map.of(), s.household(),
                    s.application(), s.event(), s.history(), true);
            Determination d = engine().determine(r);
            if (d.isRefused()) {
                problems.add(p + " on " + date.get() + " without overrides is refused " + describe(d));
            }
        }
        report("optional_ownStandardsSuffice", problems);
    }

    // ------------------------------------------------------------------ helpers

    /** The engine over the national baseline and {@link #module()} (loaded once per test instance). */
    protected final ReliefEngine engine() {
        ReliefEngine e = engine;
        if (e == null) {
            e = ReliefEngine.create(modules());
            engine = e;
        }
        return e;
    }

    /** The loaded modules (national baseline and {@link #module()}). */
    protected final RuleModules modules() {
        RuleModules m = modules;
        if (m == null) {
            m = RuleModules.of(module());
            modules = m;
        }
        return m;
    }

    private Optional<LoadedModule> loaded() {
        return modules().regional().stream().findFirst();
    }

    private List<ProgramId> programs() {
        List<ProgramId> all = new ArrayList<>(ProgramId.STANDARD);
        loaded().ifPresent(m -> m.programs().keySet().stream().filter(p -> !all.contains(p))
                .sorted(Comparator.comparing(ProgramId::id)).forEach(all::add));
        return all;
    }

    private List<String> dateRefusals(LocalDate date) {
        List<String> problems = new ArrayList<>();
        for (ProgramId p : programs()) {
            DeterminationRequest s = sampleRequest(p);
            DeterminationRequest r = new DeterminationRequest(s.region(), date, p, s.standards(), s.household(),
                    s.application(), s.event(), s.history(), true);
            Determination d = engine().determine(r);
            if (d.refusal().map(x -> x.code() != RefusalCode.DATE_OUT_OF_RANGE).orElse(true)) {
                problems.add(p + " on " + date + " (validity " + module().validity() + ") answered " + describe(d)
                        + ", expected refusal DATE_OUT_OF_RANGE（有效期外应拒绝受理）");
            }
        }
        return problems;
    }

    private record Labelled(String label, DeterminationRequest request) {
    }

    /** The sample request of every program, then generated households for the recurring and one-off programs. */
    private List<Labelled> requests(int generated) {
        List<Labelled> out = new ArrayList<>();
        for (ProgramId p : programs()) {
            out.add(new Labelled("sample " + p, sampleRequest(p)));
        }
        List<Household> households = SampleHouseholds.generate(seed(), generated, sampleDate(), true);
        List<ProgramId> cycle = List.of(ProgramId.DIBAO, ProgramId.LOW_INCOME, ProgramId.TEKUN, ProgramId.TEMPORARY,
                ProgramId.MEDICAL);
        Random r = new Random(seed() + 2);
        for (int i = 0; i < households.size(); i++) {
            ProgramId p = cycle.get(i % cycle.size());
            Household h = households.get(i);
            DeterminationRequest.Builder b = builder(p, p.equals(ProgramId.MEDICAL) ? h.receiving(ProgramId.DIBAO) : h);
            String member = h.members().get(r.nextInt(h.members().size())).id();
            if (p.equals(ProgramId.TEMPORARY)) {
                b.event(Event.of(EventKind.values()[r.nextInt(EventKind.values().length)],
                        r.nextBoolean() ? EventType.EMERGENCY : EventType.EXPENDITURE)
                        .withRequested(SampleHouseholds.fen(r, 2_000_000)).withMember(member));
            } else if (p.equals(ProgramId.MEDICAL)) {
                b.event(Event.of(EventKind.SERIOUS_ILLNESS, EventType.EXPENDITURE)
                        .withInPolicySelfPaid(SampleHouseholds.fen(r, 5_000_000)).withMember(member));
            }
            out.add(new Labelled(p + " of generated household #" + i + " (seed " + seed() + ")", b.build()));
        }
        return out;
    }

    private DeterminationRequest request(ProgramId p, Household h) {
        return builder(p, h).build();
    }

    private DeterminationRequest.Builder builder(ProgramId p, Household h) {
        DeterminationRequest.Builder b = DeterminationRequest.builder(sampleRegion(), sampleDate(), p, h);
        sampleStandards().forEach(b::standard);
        return b;
    }

    private static Optional<Money> dibaoAmount(Determination d) {
        if (d.outcome() == Outcome.ELIGIBLE) {
            return Optional.of(d.monthlyAmount().orElse(Money.ZERO));
        }
        return d.outcome() == Outcome.INELIGIBLE ? Optional.of(Money.ZERO) : Optional.empty();
    }

    private static void check(List<String> problems, Labelled r, String what, Optional<Money> amount, Determination d) {
        amount.filter(Money::isNegative).ifPresent(m -> problems.add(r.label + ": " + what + " is " + m + " (lines "
                + d.lines().stream().map(l -> l.code() + "=" + l.amount() + " by " + l.rule()).toList() + ")（金额为负）"));
    }

    private static String describe(Determination d) {
        return d.refusal().map(r -> "refused " + r.code() + r.field().map(f -> " at " + f).orElse("") + ": " + r.messageEn())
                .orElse(d.outcome().code());
    }

    /** Where two determinations first differ, as a JSON path with both values, naming the rule when one is to blame. */
    static String firstDifference(Determination a, Determination b) {
        JsonNode ja = DeterminationWriter.write(a);
        JsonNode jb = DeterminationWriter.write(b);
        String path = diff(ja, jb, "");
        if (path == null) {
            return "equal as JSON but not as records (" + a + " vs " + b + ")";
        }
        Set<String> rules = new LinkedHashSet<>();
        for (AmountLine l : a.lines()) {
            if (!b.line(l.code()).equals(Optional.of(l))) {
                rules.add(l.rule());
            }
        }
        for (AmountLine l : b.lines()) {
            if (!a.line(l.code()).equals(Optional.of(l))) {
                rules.add(l.rule());
            }
        }
        int n = Math.min(a.trace().size(), b.trace().size());
        for (int i = 0; i < n; i++) {
            if (!a.trace().get(i).equals(b.trace().get(i))) {
                rules.add(a.trace().get(i).rule());
            }
        }
        return path + (rules.isEmpty() ? "" : " (rule " + String.join(", ", rules) + ")");
    }

    private static String diff(JsonNode a, JsonNode b, String path) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode x = a.get(k);
                JsonNode y = b.get(k);
                String p = path.isEmpty() ? k : path + "." + k;
                if (x == null || y == null) {
                    return p + ": " + x + " vs " + y;
                }
                String d = diff(x, y, p);
                if (d != null) {
                    return d;
                }
            }
        }
        if (a.isArray() && b.isArray()) {
            Iterator<JsonNode> x = a.elements();
            Iterator<JsonNode> y = b.elements();
            int i = 0;
            while (x.hasNext() && y.hasNext()) {
                String d = diff(x.next(), y.next(), path + "[" + i++ + "]");
                if (d != null) {
                    return d;
                }
            }
        }
        return path + ": " + a + " vs " + b;
    }

    private static void report(String check, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(check).append(" failed（未通过）: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(10).forEach(p -> b.append("\n  - ").append(p));
        if (problems.size() > 10) {
            b.append("\n  … and ").append(problems.size() - 10).append(" more");
        }
        fail(b.toString());
    }

    /** Records what a module registers, to check it before the loader does (and to report every problem at once). */
    private static final class Recorder implements RuleRegistrar {
        record Registered(String slot, String ruleId) {
        }

        final Map<String, Citation> cited = new LinkedHashMap<>();
        final List<String> duplicateCitations = new ArrayList<>();
        final List<Registered> rules = new ArrayList<>();
        final Map<ProgramId, List<String>> programs = new LinkedHashMap<>();
        final List<org.relief.core.spi.Calculator> calculators = new ArrayList<>();

        @Override
        public RuleRegistrar calculator(org.relief.core.spi.Calculator calculator) {
            calculators.add(calculator);
            return this;
        }

        @Override
        public RuleRegistrar cite(Citation citation) {
            if (cited.putIfAbsent(citation.ruleId(), citation) != null) {
                duplicateCitations.add("catalogue id " + citation.ruleId() + " cited twice（规则编号重复登记）");
            }
            return this;
        }

        @Override
        public RuleRegistrar rule(String slot, String ruleId, Validity validity, Rule rule) {
            rules.add(new Registered(slot, ruleId));
            return this;
        }

        @Override
        public RuleRegistrar rule(String slot, String ruleId, Rule rule) {
            rules.add(new Registered(slot, ruleId));
            return this;
        }

        @Override
        public RuleRegistrar caseRule(String slot, String ruleId, Validity validity, org.relief.core.lifecycle.CaseRule rule) {
            rules.add(new Registered(slot, ruleId));
            return this;
        }

        @Override
        public RuleRegistrar caseRule(String slot, String ruleId, org.relief.core.lifecycle.CaseRule rule) {
            rules.add(new Registered(slot, ruleId));
            return this;
        }

        @Override
        public RuleRegistrar rosterRule(String slot, String ruleId, org.relief.core.roster.RosterRule rule) {
            rules.add(new Registered(slot, ruleId));
            return this;
        }

        @Override
        public RuleRegistrar standards(StandardsTable table) {
            return this;
        }

        @Override
        public RuleRegistrar standardKey(org.relief.core.standards.StandardDefinition definition) {
            return this;
        }

        @Override
        public RuleRegistrar program(ProgramId program, List<String> slots) {
            programs.put(program, List.copyOf(slots));
            return this;
        }
    }
}
