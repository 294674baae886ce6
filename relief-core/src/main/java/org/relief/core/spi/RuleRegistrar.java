package org.relief.core.spi;

import java.util.List;
import org.relief.core.model.ProgramId;
import org.relief.core.standards.StandardsTable;

/**
 * The narrow interface through which a {@link RuleModule} registers itself at load. Every
 * problem (an unknown slot, a rule without a citation, two rules in one slot on overlapping dates)
 * fails the load with a message naming the module.
 */
public interface RuleRegistrar {
    /** Declares a catalogue id with its citation. Every rule registered must cite a declared id. */
    RuleRegistrar cite(Citation citation);

    /**
     * Puts {@code rule}, which realises catalogue id {@code ruleId}, in {@code slot} (one of
     * {@link Slots}) for the dates of {@code validity}. A slot the national baseline fills is
     * thereby overridden on those dates; outside them the national rule applies again.
     */
    RuleRegistrar rule(String slot, String ruleId, Validity validity, Rule rule);

    /** {@link #rule(String, String, Validity, Rule)} for the whole validity of the module. */
    RuleRegistrar rule(String slot, String ruleId, Rule rule);

    /**
     * Puts a procedure rule of the case lifecycle, which realises catalogue id {@code ruleId}, in a
     * case slot ({@link Slots#CASE_SLOTS}) for the dates of {@code validity} (the dates of the step it
     * runs on). Overrides the national rule of the slot on those dates, except on a step where it
     * answers {@link Applied#notApplicable()}.
     */
    RuleRegistrar caseRule(String slot, String ruleId, Validity validity, org.relief.core.lifecycle.CaseRule rule);

    /** {@link #caseRule(String, String, Validity, org.relief.core.lifecycle.CaseRule)} for the whole validity of the module. */
    RuleRegistrar caseRule(String slot, String ruleId, org.relief.core.lifecycle.CaseRule rule);

    /**
     * Puts a rule of the monthly roster, which realises catalogue id {@code ruleId}, in a roster slot
     * ({@link Slots#COUNTY_SLOTS}: the roster's and the county sample's) for the whole validity of the module.
     */
    RuleRegistrar rosterRule(String slot, String ruleId, org.relief.core.roster.RosterRule rule);

    /** The module's default standards (with provenance). Every key in the table becomes a known key. */
    RuleRegistrar standards(StandardsTable table);

    /**
     * Declares a standard key the module's rules read beyond the national well-known ones (e.g.
     * 许昌's {@code dibao.charityVoucher.monthly}), with its meaning. A request may override only
     * known keys: the national ones, the declared ones, and those in some module's shipped table.
     */
    RuleRegistrar standardKey(org.relief.core.standards.StandardDefinition definition);

    /**
     * Registers a calculator of the module ({@link Calculator}). Its citation must be one the module
     * {@link #cite cites} (or the national baseline's), and its id unique across every loaded module.
     */
    RuleRegistrar calculator(Calculator calculator);

    /** Declares a program beyond the national ones, evaluated by the given slots in order. */
    RuleRegistrar program(ProgramId program, List<String> slots);
}
