package org.relief.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardDefinition;
import org.relief.core.standards.StandardsTable;

/**
 * A rule module after a successful load: its metadata, catalogue, rules by slot, programs, default
 * standards, the standard keys it declares beyond the well-known ones and its calculators. Immutable.
 */
public record LoadedModule(String id, String version, String name, Set<AdminCode> adminCodes, Validity validity,
                           Map<String, Citation> catalogue, Map<String, List<SlotRule>> rules,
                           Map<String, List<CaseSlotRule>> caseRules, Map<String, RosterSlotRule> rosterRules,
                           Map<ProgramId, List<String>> programs, StandardsTable standards,
                           Map<String, StandardDefinition> standardKeys, List<Calculator> calculators,
                           RuleModule module) {
    public LoadedModule {
        calculators = List.copyOf(calculators);
        standardKeys = Map.copyOf(standardKeys);
        adminCodes = Set.copyOf(adminCodes);
        catalogue = Map.copyOf(catalogue);
        rules = Map.copyOf(rules);
        caseRules = Map.copyOf(caseRules);
        rosterRules = Map.copyOf(rosterRules);
        programs = Map.copyOf(programs);
    }

    /** The module's rule for {@code slot} in force on {@code date}, if it registered one. */
    public Optional<SlotRule> ruleFor(String slot, LocalDate date) {
        List<SlotRule> list = rules.get(slot);
        if (list == null) {
            return Optional.empty();
        }
        return list.stream().filter(r -> r.validity().contains(date)).findFirst();
    }

    /** The module's roster rule for {@code slot} for a roster of a month starting {@code date}, if it registered one. */
    public Optional<RosterSlotRule> rosterRuleFor(String slot, LocalDate date) {
        RosterSlotRule r = rosterRules.get(slot);
        return r != null && r.validity().contains(date) ? Optional.of(r) : Optional.empty();
    }

    /** The module's case rule for {@code slot} on {@code date}, if it registered one. */
    public Optional<CaseSlotRule> caseRuleFor(String slot, LocalDate date) {
        List<CaseSlotRule> list = caseRules.get(slot);
        if (list == null) {
            return Optional.empty();
        }
        return list.stream().filter(r -> r.validity().contains(date)).findFirst();
    }

    /** The module's calculator of id {@code id}, if it registered one. */
    public Optional<Calculator> calculator(String id) {
        return calculators.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean isNational() {
        return adminCodes.contains(AdminCode.NATIONAL);
    }
}
