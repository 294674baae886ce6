package org.relief.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.core.rules.national.NationalBaseline;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.Citation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardDefinition;
import org.relief.core.standards.StandardsTable;
import org.relief.core.standards.WellKnownStandards;

/**
 * The loaded rule modules: the national baseline (always, as region {@code 000000}) plus the
 * regional modules found with {@link ServiceLoader} ({@link #discover()}) or given explicitly
 * ({@link #of}). Loading fails fast with a {@link RuleModuleLoadException} naming the module on a
 * duplicate id or region, missing metadata, an incompatible SPI version, a rule without a
 * citation, an unknown slot, or two rules claiming one slot on overlapping dates.
 */
public final class RuleModules {
    private final LoadedModule national;
    private final Optional<LoadedModule> nationalFound;
    private final List<LoadedModule> regional;
    private final java.util.SortedSet<String> knownStandardKeys;

    private RuleModules(LoadedModule national, List<LoadedModule> regional) {
        this.national = national;
        this.nationalFound = Optional.of(national);
        this.regional = List.copyOf(regional);
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        WellKnownStandards.all().forEach(d -> keys.add(d.key().name()));
        for (LoadedModule m : all()) {
            keys.addAll(m.standardKeys().keySet());
            m.standards().entries().forEach(s -> keys.add(s.key().name()));
        }
        this.knownStandardKeys = java.util.Collections.unmodifiableSortedSet(keys);
    }

    /**
     * Every standard key a request may override: the national well-known keys
     * ({@link WellKnownStandards}), the keys the loaded modules declare, and those in their shipped
     * tables. Sorted.
     */
    public java.util.SortedSet<String> knownStandardKeys() {
        return knownStandardKeys;
    }

    /** The meaning of a key: a module's declaration, else the well-known definition. */
    public Optional<StandardDefinition> definition(String key) {
        for (LoadedModule m : all()) {
            StandardDefinition d = m.standardKeys().get(key);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return WellKnownStandards.of(key);
    }

    /** Every program the loaded modules determine: the national ones in catalogue order, then the modules' own. */
    public List<ProgramId> programs() {
        List<ProgramId> out = new ArrayList<>(ProgramId.STANDARD);
        for (LoadedModule m : all()) {
            m.programs().keySet().stream().filter(p -> !out.contains(p)).sorted(Comparator.comparing(ProgramId::id))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** The national baseline and every module on the class path. */
    public static RuleModules discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /** The national baseline and every module visible to {@code loader}. */
    public static RuleModules discover(ClassLoader loader) {
        List<RuleModule> found = new ArrayList<>();
        for (RuleModule m : ServiceLoader.load(RuleModule.class, loader)) {
            if (!(m instanceof NationalBaseline)) {
                found.add(m);
            }
        }
        return of(found);
    }

    /** The national baseline and exactly these modules (tests, explicit wiring). */
    public static RuleModules of(RuleModule... modules) {
        return of(List.of(modules));
    }

    /** The national baseline and exactly these modules. */
    public static RuleModules of(List<? extends RuleModule> modules) {
        LoadedModule national = load(new NationalBaseline(), null);
        List<LoadedModule> loaded = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<AdminCode, String> codes = new HashMap<>();
        Map<String, String> calculatorIds = new HashMap<>();
        ids.put(national.id(), national.id());
        for (RuleModule m : modules) {
            LoadedModule lm = load(m, national);
            if (ids.putIfAbsent(lm.id(), lm.id()) != null) {
                throw new RuleModuleLoadException(lm.id(), "duplicate module id (loaded twice, or two modules share it)");
            }
            for (AdminCode c : lm.adminCodes()) {
                String other = codes.putIfAbsent(c, lm.id());
                if (other != null) {
                    throw new RuleModuleLoadException(lm.id(), "region " + c + " is already served by module '" + other + "'");
                }
            }
            for (Calculator c : lm.calculators()) {
                String other = calculatorIds.putIfAbsent(c.id(), lm.id());
                if (other != null) {
                    throw new RuleModuleLoadException(lm.id(), "calculator id " + c.id() + " is already registered by module '"
                            + other + "'");
                }
            }
            loaded.add(lm);
        }
        loaded.sort(Comparator.comparing(LoadedModule::id));
        return new RuleModules(national, loaded);
    }

    /** The national baseline (region 000000). */
    public LoadedModule national() {
        return national;
    }

    /** Every module, the national baseline first. */
    public List<LoadedModule> all() {
        List<LoadedModule> all = new ArrayList<>();
        all.add(national);
        all.addAll(regional);
        return all;
    }

    /** The regional modules (without the national baseline). */
    public List<LoadedModule> regional() {
        return regional;
    }

    /** Every calculator of the loaded modules, module by module in id order. */
    public List<Calculator> calculators() {
        List<Calculator> out = new ArrayList<>();
        all().forEach(m -> out.addAll(m.calculators()));
        return List.copyOf(out);
    }

    /** The calculator of id {@code id} (ids are unique across the modules). */
    public Optional<Calculator> calculator(String id) {
        return all().stream().flatMap(m -> m.calculator(id).stream()).findFirst();
    }

    /** The module that registered the calculator of id {@code id}. */
    public Optional<LoadedModule> moduleOfCalculator(String id) {
        return all().stream().filter(m -> m.calculator(id).isPresent()).findFirst();
    }

    public Optional<LoadedModule> byId(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The module serving {@code code}: the most specific one of county, city, province;
     * {@code 000000} is the national baseline; anything else is served by none.
     */
    public Optional<LoadedModule> forRegion(AdminCode code) {
        if (code.isNational()) {
            return nationalFound;
        }
        Optional<LoadedModule> known = byRegion.get(code);
        if (known != null) {
            return known;
        }
        Optional<LoadedModule> found = findForRegion(code);
        if (byRegion.size() < MAX_CACHED_REGIONS) {
            byRegion.put(code, found);
        }
        return found;
    }

    /** Region codes answered so far (a county, city or province code each; bounded so that odd input cannot grow it). */
    private final Map<AdminCode, Optional<LoadedModule>> byRegion = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_REGIONS = 20_000;

    private Optional<LoadedModule> findForRegion(AdminCode code) {
        for (AdminCode step : code.upwards()) {
            for (LoadedModule m : regional) {
                if (m.adminCodes().contains(step)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static LoadedModule load(RuleModule m, LoadedModule national) {
        String id = safe(m::id);
        if (id == null || id.isBlank()) {
            throw new RuleModuleLoadException(m.getClass().getName(), "missing id");
        }
        if (m.spiVersion() != RuleModule.SPI_VERSION) {
            throw new RuleModuleLoadException(id, "written for SPI version " + m.spiVersion()
                    + ", this core implements " + RuleModule.SPI_VERSION);
        }
        String version = safe(m::version);
        if (version == null || version.isBlank()) {
            throw new RuleModuleLoadException(id, "missing version");
        }
        String name = safe(m::name);
        if (name == null || name.isBlank()) {
            throw new RuleModuleLoadException(id, "missing name");
        }
        Set<AdminCode> codes = safe(m::adminCodes);
        if (codes == null || codes.isEmpty()) {
            throw new RuleModuleLoadException(id, "serves no administrative code");
        }
        if (national != null && codes.contains(AdminCode.NATIONAL)) {
            throw new RuleModuleLoadException(id, "region 000000 is reserved for the national baseline");
        }
        Validity validity = safe(m::validity);
        if (validity == null) {
            throw new RuleModuleLoadException(id, "missing validity");
        }
        Registrar r = new Registrar(id, validity, national);
        try {
            m.register(r);
        } catch (RuleModuleLoadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleModuleLoadException(id, "register() failed: " + e);
        }
        r.verify();
        return new LoadedModule(id, version, name, codes, validity, r.catalogue, r.frozenRules(), r.frozenCaseRules(),
                r.rosterRules, r.programs, r.standards, r.standardKeys, r.calculators, m);
    }

    private static <T> T safe(java.util.function.Supplier<T> s) {
        return s.get();
    }

    /** Collects what a module registers and checks it. */
    private static final class Registrar implements RuleRegistrar {
        private final String moduleId;
        private final Validity validity;
        private final LoadedModule national;
        private final Map<String, Citation> catalogue = new LinkedHashMap<>();
        private final Map<String, List<SlotRule>> rules = new LinkedHashMap<>();
        private final Map<ProgramId, List<String>> programs = new LinkedHashMap<>();
        private final List<PendingRule> pending = new ArrayList<>();
        private final List<PendingCaseRule> pendingCase = new ArrayList<>();
        private final Map<String, List<CaseSlotRule>> caseRules = new LinkedHashMap<>();
        private final Map<String, RosterSlotRule> rosterRules = new LinkedHashMap<>();
        private final List<PendingRosterRule> pendingRoster = new ArrayList<>();
        private StandardsTable standards = StandardsTable.empty();
        private final Map<String, StandardDefinition> standardKeys = new LinkedHashMap<>();
        private final List<Calculator> calculators = new ArrayList<>();

        private record PendingRule(String slot, String ruleId, Validity validity, Rule rule) {
        }

        private record PendingCaseRule(String slot, String ruleId, Validity validity, CaseRule rule) {
        }

        private record PendingRosterRule(String slot, String ruleId, org.relief.core.roster.RosterRule rule) {
        }

        Registrar(String moduleId, Validity validity, LoadedModule national) {
            this.moduleId = moduleId;
            this.validity = validity;
            this.national = national;
            if (national == null) {
                programs.putAll(Slots.PIPELINES);
            }
        }

        @Override
        public RuleRegistrar cite(Citation citation) {
            if (catalogue.putIfAbsent(citation.ruleId(), citation) != null) {
                throw new RuleModuleLoadException(moduleId, "catalogue id " + citation.ruleId() + " declared twice");
            }
            return this;
        }

        @Override
        public RuleRegistrar rule(String slot, String ruleId, Validity v, Rule rule) {
            if (rule == null || slot == null || ruleId == null || v == null) {
                throw new RuleModuleLoadException(moduleId, "rule(" + slot + ", " + ruleId + "): null argument");
            }
            pending.add(new PendingRule(slot, ruleId, v, rule));
            return this;
        }

        @Override
        public RuleRegistrar rule(String slot, String ruleId, Rule rule) {
            return rule(slot, ruleId, validity, rule);
        }

        @Override
        public RuleRegistrar caseRule(String slot, String ruleId, Validity v, CaseRule rule) {
            if (rule == null || slot == null || ruleId == null || v == null) {
                throw new RuleModuleLoadException(moduleId, "caseRule(" + slot + ", " + ruleId + "): null argument");
            }
            pendingCase.add(new PendingCaseRule(slot, ruleId, v, rule));
            return this;
        }

        @Override
        public RuleRegistrar caseRule(String slot, String ruleId, CaseRule rule) {
            return caseRule(slot, ruleId, validity, rule);
        }

        @Override
        public RuleRegistrar rosterRule(String slot, String ruleId, org.relief.core.roster.RosterRule rule) {
            if (rule == null || slot == null || ruleId == null) {
                throw new RuleModuleLoadException(moduleId, "rosterRule(" + slot + ", " + ruleId + "): null argument");
            }
            pendingRoster.add(new PendingRosterRule(slot, ruleId, rule));
            return this;
        }

        @Override
        public RuleRegistrar standards(StandardsTable table) {
            standards = table.over(standards);
            return this;
        }

        @Override
        public RuleRegistrar standardKey(StandardDefinition definition) {
            if (definition == null) {
                throw new RuleModuleLoadException(moduleId, "standardKey(null)");
            }
            if (standardKeys.putIfAbsent(definition.key().name(), definition) != null) {
                throw new RuleModuleLoadException(moduleId, "standard key " + definition.key() + " declared twice");
            }
            return this;
        }

        @Override
        public RuleRegistrar calculator(Calculator calculator) {
            if (calculator == null || calculator.spec() == null) {
                throw new RuleModuleLoadException(moduleId, "calculator(null)");
            }
            if (calculators.stream().anyMatch(c -> c.id().equals(calculator.id()))) {
                throw new RuleModuleLoadException(moduleId, "calculator id " + calculator.id() + " registered twice");
            }
            calculators.add(calculator);
            return this;
        }

        @Override
        public RuleRegistrar program(ProgramId program, List<String> slots) {
            if (Slots.PIPELINES.containsKey(program) || programs.containsKey(program)) {
                throw new RuleModuleLoadException(moduleId, "program " + program + " is already declared");
            }
            programs.put(program, List.copyOf(slots));
            return this;
        }

        void verify() {
            java.util.Set<String> knownSlots = new java.util.HashSet<>();
            Slots.PIPELINES.values().forEach(knownSlots::addAll);
            programs.values().forEach(knownSlots::addAll);
            for (PendingRule p : pending) {
                if (!knownSlots.contains(p.slot)) {
                    throw new RuleModuleLoadException(moduleId, "rule " + p.ruleId + " names unknown slot '" + p.slot + "'");
                }
                Citation c = catalogue.get(p.ruleId);
                if (c == null && national != null) {
                    c = national.catalogue().get(p.ruleId);
                }
                if (c == null) {
                    throw new RuleModuleLoadException(moduleId, "rule " + p.ruleId + " in slot " + p.slot
                            + " has no catalogue entry (call cite() with its document and clause)");
                }
                List<SlotRule> inSlot = rules.computeIfAbsent(p.slot, k -> new ArrayList<>());
                for (SlotRule other : inSlot) {
                    if (other.validity().overlaps(p.validity)) {
                        throw new RuleModuleLoadException(moduleId, "rules " + other.ruleId() + " and " + p.ruleId
                                + " both claim slot " + p.slot + " on overlapping dates (" + other.validity() + " and "
                                + p.validity + ") with no precedence: give them disjoint validities");
                    }
                }
                inSlot.add(new SlotRule(p.slot, p.ruleId, p.validity, p.rule, c));
            }
            for (PendingCaseRule p : pendingCase) {
                if (!Slots.CASE_SLOTS.contains(p.slot)) {
                    throw new RuleModuleLoadException(moduleId, "case rule " + p.ruleId + " names unknown case slot '" + p.slot
                            + "' (one of " + new java.util.TreeSet<>(Slots.CASE_SLOTS) + ")");
                }
                Citation c = citation(p.ruleId, p.slot);
                List<CaseSlotRule> inSlot = caseRules.computeIfAbsent(p.slot, k -> new ArrayList<>());
                for (CaseSlotRule other : inSlot) {
                    if (other.validity().overlaps(p.validity)) {
                        throw new RuleModuleLoadException(moduleId, "case rules " + other.ruleId() + " and " + p.ruleId
                                + " both claim slot " + p.slot + " on overlapping dates (" + other.validity() + " and "
                                + p.validity + ") with no precedence: give them disjoint validities");
                    }
                }
                inSlot.add(new CaseSlotRule(p.slot, p.ruleId, p.validity, p.rule, c));
            }
            verifyRosterRules();
            verifyCalculators();
        }

        /** A calculator cites an entry of the catalogue exactly as declared (its own, or the national baseline's). */
        private void verifyCalculators() {
            for (Calculator c : calculators) {
                Citation declared = catalogue.get(c.ruleId());
                if (declared == null && national != null) {
                    declared = national.catalogue().get(c.ruleId());
                }
                if (declared == null) {
                    throw new RuleModuleLoadException(moduleId, "calculator " + c.id() + " cites " + c.ruleId()
                            + ", which has no catalogue entry (call cite() with its document and clause)");
                }
                if (!declared.equals(c.citation())) {
                    throw new RuleModuleLoadException(moduleId, "calculator " + c.id() + " cites " + c.citation()
                            + " but the catalogue declares " + declared + " (pass the Citation given to cite())");
                }
            }
        }

        private void verifyRosterRules() {
            for (PendingRosterRule p : pendingRoster) {
                if (!Slots.COUNTY_SLOTS.contains(p.slot)) {
                    throw new RuleModuleLoadException(moduleId, "roster rule " + p.ruleId + " names unknown roster slot '" + p.slot
                            + "' (one of " + Slots.COUNTY_SLOTS + ")");
                }
                if (rosterRules.containsKey(p.slot)) {
                    throw new RuleModuleLoadException(moduleId, "roster rules " + rosterRules.get(p.slot).ruleId() + " and " + p.ruleId
                            + " both claim slot " + p.slot);
                }
                rosterRules.put(p.slot, new RosterSlotRule(p.slot, p.ruleId, validity, p.rule, citation(p.ruleId, p.slot)));
            }
        }

        private Citation citation(String ruleId, String slot) {
            Citation c = catalogue.get(ruleId);
            if (c == null && national != null) {
                c = national.catalogue().get(ruleId);
            }
            if (c == null) {
                throw new RuleModuleLoadException(moduleId, "rule " + ruleId + " in slot " + slot
                        + " has no catalogue entry (call cite() with its document and clause)");
            }
            return c;
        }

        Map<String, List<CaseSlotRule>> frozenCaseRules() {
            Map<String, List<CaseSlotRule>> out = new LinkedHashMap<>();
            caseRules.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }

        Map<String, List<SlotRule>> frozenRules() {
            Map<String, List<SlotRule>> out = new LinkedHashMap<>();
            rules.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }
    }
}
