package org.relief.core.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.time.LocalDate;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.MissingStandardException;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardsTable;

/**
 * The one entry point for every caller: {@link #determine} one program, or {@link #screen} all
 * programs of the region (一门受理). Thread-safe; never reads the clock.
 *
 * <pre>{@code
 * ReliefEngine engine = ReliefEngine.create(RuleModules.discover());
 * Determination d = engine.determine(request);
 * d.outcome(); d.monthlyAmount(); d.reasons(); d.trace();
 * }</pre>
 */
public final class ReliefEngine {
    /** The engine's version, reported in every determination. */
    public static final String VERSION = "0.1.0";

    private final RuleModules modules;
    private final Supplier<StandardsTable> published;
    private final java.util.Set<ProgramId> programs;
    /** {@link RuleModules#knownStandardKeys()} as a hash set (the sorted one is for messages). */
    private final java.util.Set<String> knownKeys;
    /** Resolved once per (module, program), when the engine is made: see {@link Pipeline}. */
    private final Map<LoadedModule, PerModule> perModule = new java.util.IdentityHashMap<>();
    /** A module's defaults over the national ones, made once per module. */
    private final Map<String, StandardsTable> defaults = new ConcurrentHashMap<>();
    /** The layered tables of the integrator's current table, per module and table as known on some day. */
    private final Map<LayerKey, Layered> layers = new ConcurrentHashMap<>();
    private volatile StandardsTable layersOf;

    /** What the engine keeps per module (the map of them is filled when the engine is made, then only read). */
    private static final class PerModule {
        final Map<ProgramId, Pipeline> pipelines;
        /** The layered table of the integrator's current table with every published value. */
        volatile Layered current;

        PerModule(Map<ProgramId, Pipeline> pipelines) {
            this.pipelines = pipelines;
        }
    }

    /** Each region's lookup path (county, city, province), made once per code. */
    private final Map<AdminCode, AdminCode[]> paths = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_PATHS = 20_000;

    /** The integrator's table over a module's defaults, with the identity of the published entries. */
    private record Layered(StandardsTable published, StandardsTable merged,
                           java.util.function.Predicate<PublishedStandard> isPublished) {
        static Layered of(StandardsTable published, StandardsTable defaults) {
            java.util.Set<PublishedStandard> ids = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ids.addAll(published.entries());
            return new Layered(published, published.over(defaults), ids::contains);
        }
    }

    /** A module and a published table (by identity: {@code StandardsTable} has no value equality). */
    private record LayerKey(String module, StandardsTable known) {
    }


    /** The keys of the integrator's current table (they count as known). */
    private record PublishedKeys(StandardsTable table, java.util.Set<String> keys, java.util.Set<String> knownOrPublished) {
    }

    private volatile PublishedKeys publishedKeys;

    private ReliefEngine(RuleModules modules, Supplier<StandardsTable> published) {
        this.modules = Objects.requireNonNull(modules);
        this.published = Objects.requireNonNull(published);
        java.util.Set<ProgramId> all = new java.util.HashSet<>();
        modules.all().forEach(m -> all.addAll(m.programs().keySet()));
        this.programs = java.util.Set.copyOf(all);
        this.knownKeys = java.util.Set.copyOf(modules.knownStandardKeys());
        for (LoadedModule m : modules.all()) {
            Map<ProgramId, Pipeline> byProgram = new java.util.HashMap<>();
            for (ProgramId p : programs) {
                List<String> slots = pipeline(m, p);
                if (slots != null) {
                    byProgram.put(p, Pipeline.of(m, modules.national(), slots));
                }
            }
            perModule.put(m, new PerModule(byProgram));
        }
    }

    /** An engine over these modules with their default standards only. */
    public static ReliefEngine create(RuleModules modules) {
        return new ReliefEngine(modules, StandardsTable::empty);
    }

    /**
     * An engine that also uses the standards an integrator publishes (e.g. from a database):
     * they prevail over the modules' defaults from their effective dates. The supplier is asked
     * on every determination and may return a new table after a publication.
     */
    public static ReliefEngine create(RuleModules modules, Supplier<StandardsTable> published) {
        return new ReliefEngine(modules, published);
    }

    public RuleModules modules() {
        return modules;
    }

    /** Determines one program for one household as of the request's date. */
    public Determination determine(DeterminationRequest request) {
        return determine(request, null);
    }

    /**
     * Determines as of the request's date with the standards <em>as known on</em> {@code knownOn}:
     * the integrator's values published after that day are not seen (the modules' shipped values
     * are known always). The case lifecycle determines each step as known on its date, and a roster
     * as known on the day it is computed, so that a value published late for an earlier date is
     * back-pay, not a rewrite of what was decided. {@code null} sees every published value.
     */
    public Determination determine(DeterminationRequest request, LocalDate knownOn) {
        ProgramId program = request.program();
        // The module and its pipeline are looked up first (no answer yet): a program the module serves is
        // known, so the checks below run in their order but the known-program one only when it can fail.
        Optional<LoadedModule> found = modules.forRegion(request.region());
        PerModule own = found.isEmpty() ? null : perModule.get(found.get());
        Pipeline pipeline = own == null ? null : own.pipelines.get(program);
        if (pipeline == null && !isKnownProgram(program)) {
            String valid = String.join(", ", modules.programs().stream().map(ProgramId::id).toList());
            return refuse(request, RefusalCode.INVALID_INPUT, "program", "未知的救助项目：" + program + "；可用的项目：" + valid,
                    "unknown program " + program + "; valid programs: " + valid, null);
        }
        Optional<Determination> unknownKey = unknownStandardKey(request);
        if (unknownKey.isPresent()) {
            return unknownKey.get();
        }
        if (found.isEmpty()) {
            return refuse(request, RefusalCode.UNKNOWN_REGION, "region",
                    "行政区划 " + request.region() + " 不在任何规则模块的服务范围内",
                    "no rule module serves region " + request.region(), null);
        }
        LoadedModule module = found.get();
        if (!module.validity().contains(request.date())) {
            return refuse(request, RefusalCode.DATE_OUT_OF_RANGE, "date",
                    "认定日期 " + request.date() + " 不在" + module.name() + "规则有效期（" + module.validity() + "）内",
                    "date " + request.date() + " is outside the validity of module " + module.id() + " ("
                            + module.validity() + ")", module);
        }
        if (pipeline == null) {
            String served = String.join(", ", programsOf(module).stream().map(ProgramId::id).toList());
            return refuse(request, RefusalCode.INVALID_INPUT, "program", module.name() + "不办理该救助项目：" + program
                            + "；可用的项目：" + served,
                    "module " + module.id() + " does not serve program " + program + "; it serves: " + served, module);
        }
        Layered layer = layered(module, knownOn);
        RequestStandards standards = new RequestStandards(request.standards(), layer.merged(), layer.isPublished(),
                path(request.region()), request.date());
        Evaluation e = new Evaluation(request, standards);
        Pipeline.Step[] steps = pipeline.at(request.date());
        boolean tracing = request.trace();
        List<TraceEntry> trace = tracing ? new ArrayList<>(steps.length) : List.of();
        try {
            for (Pipeline.Step step : steps) {
                SlotRule r = step.rule();
                e.enterRule(r.ruleId());
                Applied applied = r.rule().apply(e);
                if (tracing && applied.applied()) {
                    trace.add(new TraceEntry(r.ruleId(), step.citation(), step.title(), r.slot(), step.overrides(),
                            applied.inputsView(), applied.resultText()));
                }
            }
        } catch (MissingStandardException m) {
            return refuse(request, RefusalCode.MISSING_STANDARD, "standards." + m.key(),
                    "缺少救助标准 " + m.key() + "（" + request.region() + "，" + request.date() + "）：未公布且无法推导",
                    "standard " + m.key() + " is neither published for " + request.region() + " on " + request.date()
                            + " nor derivable", module);
        } catch (InvalidInputException x) {
            return refuse(request, x.code(), x.field(), x.messageZh(), x.messageEn(), module);
        }
        return conclude(request, module, e, trace, standards);
    }

    /**
     * 一门受理: determines every program the region serves for the household (the national nine,
     * and any the module adds), in catalogue order.
     */
    public Screening screen(DeterminationRequest request) {
        List<Determination> all = new ArrayList<>();
        Optional<LoadedModule> module = modules.forRegion(request.region());
        List<ProgramId> programs = new ArrayList<>(ProgramId.STANDARD);
        module.ifPresent(m -> m.programs().keySet().stream().filter(p -> !programs.contains(p)).forEach(programs::add));
        for (ProgramId p : programs) {
            all.add(determine(request.forProgram(p)));
        }
        return new Screening(request.region(), request.date(), all);
    }

    /**
     * The published standards in force for {@code region} on {@code date} (the integrator's
     * published values over the module's defaults over the national baseline; a national value
     * stands in only for a {@linkplain org.relief.core.standards.StandardKey#nationallySet() nationally set} key), one per key, most
     * specific area first; empty when no module serves the region.
     */
    public Optional<List<PublishedStandard>> standardsInForce(AdminCode region, LocalDate date) {
        Optional<LoadedModule> module = modules.forRegion(region);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        StandardsTable table = tableFor(module.get());
        java.util.Map<String, PublishedStandard> byKey = new java.util.TreeMap<>();
        for (PublishedStandard s : region.isNational() ? List.<PublishedStandard>of() : table.allInForce(region, date)) {
            byKey.putIfAbsent(s.key().name(), s);
        }
        for (PublishedStandard s : table.entries()) {
            if (s.area().isNational() && (region.isNational() || s.key().nationallySet())
                    && !byKey.containsKey(s.key().name())) {
                table.inForceAt(s.key(), AdminCode.NATIONAL, date).ifPresent(v -> byKey.put(v.key().name(), v));
            }
        }
        return Optional.of(List.copyOf(byKey.values()));
    }

    /**
     * The standards of {@code region} on {@code date} as a rule sees them (published values over the
     * module's defaults over the national baseline, no request overrides): for the lifecycle's
     * procedure limits. Empty when no module serves the region.
     */
    public Optional<org.relief.core.spi.Standards> standardsFor(AdminCode region, LocalDate date) {
        return standardsFor(region, date, null);
    }

    /** {@link #standardsFor(AdminCode, LocalDate)} as known on {@code knownOn} (see {@link #determine(DeterminationRequest, LocalDate)}). */
    public Optional<org.relief.core.spi.Standards> standardsFor(AdminCode region, LocalDate date, LocalDate knownOn) {
        return modules.forRegion(region).map(m -> {
            Layered l = layered(m, knownOn);
            return new RequestStandards(Map.of(), l.merged(), l.isPublished(), path(region), date);
        });
    }

    /** Whether the integrator published some value after {@code after} and on or before {@code upTo}. */
    public boolean publishedBetween(LocalDate after, LocalDate upTo) {
        return published.get().publishedBetween(after, upTo);
    }

    /**
     * An override of a key no loaded module knows is an input error naming it: a misspelt key would
     * otherwise be silently ignored and the determination made on another value. Keys the integrator
     * publishes count as known.
     */
    private Optional<Determination> unknownStandardKey(DeterminationRequest request) {
        if (request.standards().isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> known = modules.knownStandardKeys();
        StandardsTable pub = published.get();
        PublishedKeys pk = publishedKeys;
        if (pk == null || pk.table() != pub) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            pub.entries().forEach(s -> keys.add(s.key().name()));
            java.util.Set<String> both = new java.util.HashSet<>(knownKeys);
            both.addAll(keys);
            pk = new PublishedKeys(pub, keys, both);
            publishedKeys = pk;
        }
        boolean allKnown = true;
        for (String key : request.standards().keySet()) {
            if (!pk.knownOrPublished().contains(key)) {
                allKnown = false;
                break;
            }
        }
        if (allKnown) {
            return Optional.empty();
        }
        for (String key : new java.util.TreeSet<>(request.standards().keySet())) {
            if (known.contains(key) || pk.keys().contains(key)) {
                continue;
            }
            Optional<String> near = UnknownKeys.nearest(key, known);
            String list = String.join(", ", known);
            return Optional.of(refuse(request, RefusalCode.INVALID_INPUT, "standards." + key,
                    "未知的救助标准名称 " + key + near.map(n -> "（是否为 " + n + "？）").orElse("") + "；已知的名称：" + list,
                    "unknown standard key " + key + near.map(n -> " (did you mean " + n + "?)").orElse("")
                            + "; known keys: " + list, null));
        }
        return Optional.empty();
    }

    private List<ProgramId> programsOf(LoadedModule module) {
        List<ProgramId> out = new ArrayList<>(modules.national().programs().keySet().stream()
                .sorted(java.util.Comparator.comparingInt((ProgramId p) -> ProgramId.STANDARD.indexOf(p))).toList());
        module.programs().keySet().stream().filter(p -> !out.contains(p)).sorted(java.util.Comparator.comparing(ProgramId::id))
                .forEach(out::add);
        return out;
    }

    private boolean isKnownProgram(ProgramId program) {
        return programs.contains(program);
    }

    private List<String> pipeline(LoadedModule module, ProgramId program) {
        List<String> own = module.programs().get(program);
        return own != null ? own : modules.national().programs().get(program);
    }

    /** The region's lookup path, made once per code (bounded, so that odd input cannot grow it). */
    private AdminCode[] path(AdminCode region) {
        AdminCode[] p = paths.get(region);
        if (p == null) {
            p = RequestStandards.path(region);
            if (paths.size() < MAX_CACHED_PATHS) {
                paths.put(region, p);
            }
        }
        return p;
    }

    private StandardsTable tableFor(LoadedModule module) {
        return layered(module, null).merged();
    }

    /**
     * The layered table as known on {@code knownOn} ({@code null}: every published value): one per
     * module and per table as known on a day (the table answers the same one for every day between
     * two publications), made once — and anew after the integrator's table changes.
     */
    private Layered layered(LoadedModule module, LocalDate knownOn) {
        StandardsTable pub = published.get();
        if (pub != layersOf) {
            synchronized (layers) {
                if (pub != layersOf) {
                    layers.clear();
                    layersOf = pub;
                }
            }
        }
        if (knownOn == null) {
            // Every published value (a request's determination): one per module of the current table, found
            // without making a key. A table replaced meanwhile is seen by the identity check.
            PerModule m = perModule.get(module);
            if (m == null) {
                return layerFor(module, pub);
            }
            Layered l = m.current;
            if (l == null || l.published() != pub) {
                l = layerFor(module, pub);
                m.current = l;
            }
            return l;
        }
        return layerFor(module, pub.knownOn(knownOn));
    }

    private Layered layerFor(LoadedModule module, StandardsTable known) {
        LayerKey key = new LayerKey(module.id(), known);
        Layered l = layers.get(key);
        if (l == null) {
            l = Layered.of(known, defaults.computeIfAbsent(module.id(), id -> module.isNational() ? module.standards()
                    : module.standards().over(modules.national().standards())));
            layers.put(key, l);
        }
        return l;
    }

    private Determination conclude(DeterminationRequest request, LoadedModule module, Evaluation e,
                                   List<TraceEntry> trace, RequestStandards standards) {
        Truth t = e.eligibility();
        Outcome outcome;
        if (t.isFalse()) {
            outcome = Outcome.INELIGIBLE;
        } else if (t.isUnknown() || e.hasMissing()) {
            outcome = Outcome.UNDETERMINED;
        } else {
            outcome = Outcome.ELIGIBLE;
        }
        List<AmountLine> lines = outcome == Outcome.ELIGIBLE ? e.lines() : List.of();
        Money cash = Money.ZERO;
        boolean anyCash = false;
        for (int i = 0; i < lines.size(); i++) {
            AmountLine l = lines.get(i);
            if (l.cash()) {
                cash = cash.plus(l.amount());
                anyCash = true;
            }
        }
        Optional<Money> monthly = Optional.empty();
        Optional<Money> oneOff = Optional.empty();
        if (anyCash) {
            if (request.program().isOneOff()) {
                oneOff = Optional.of(cash);
            } else {
                monthly = Optional.of(cash);
            }
        }
        Optional<Procedure> procedure = e.procedure();
        List<String> missing = outcome == Outcome.UNDETERMINED ? e.missingInOrder() : List.of();
        return new Determination(outcome, Optional.empty(), request.program(), request.region(), request.date(), monthly,
                oneOff, e.amountMin(), e.amountMax(), lines, e.reasons(), missing, e.measures(), procedure, trace,
                new Versions(VERSION, module.id(), module.version(), standards.used()));
    }

    private Determination refuse(DeterminationRequest request, RefusalCode code, String field, String zh, String en,
                                 LoadedModule module) {
        return new Determination(Outcome.REFUSED, Optional.of(new Refusal(code, Optional.ofNullable(field), zh, en)),
                request.program(), request.region(), request.date(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                List.of(), new Versions(VERSION, module == null ? "" : module.id(),
                module == null ? "" : module.version(), List.of()));
    }

}
