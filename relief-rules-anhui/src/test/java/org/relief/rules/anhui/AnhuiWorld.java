package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseService;
import org.relief.core.lifecycle.InMemoryCaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.roster.InMemoryRosterStore;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndices;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;
import org.relief.core.sample.Sampler;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * One world of relief-core's lifecycle over the anhui module, as an integrator wires it: in-memory case,
 * roster and ledger stores, price indices, the payroll, the grants and the county sample; values an
 * integrator would publish (test figures) go to {@link #publish}.
 */
final class AnhuiWorld {
    private final List<PublishedStandard> published = new ArrayList<>();
    final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new AnhuiModule()), () -> StandardsTable.of(List.copyOf(published))));
    final InMemoryCaseStore store = new InMemoryCaseStore();
    final InMemoryRosterStore rosters = new InMemoryRosterStore();
    final PriceIndices prices = PriceIndices.inMemory();
    final CaseService cases = new CaseService(lifecycle, store, rosters::paid);
    final Payroll payroll = new Payroll(lifecycle, store, rosters, prices);
    final Grants grants = new Grants(lifecycle, new InMemoryLedger());
    final Sampler sampler = new Sampler(lifecycle, store);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A monthly value published for {@code area} (a test figure), known always. */
    void publish(String area, String key, String from, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), AdminCode.of(area), d(from), Optional.empty(),
                new BigDecimal(value), StandardUnit.MONTHLY, Provenance.reportedBy("test figure")));
    }

    static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    Case take(Case c, Step s) {
        return taken(cases.take(c.id(), s));
    }

    static Household onePerson(String birth) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d(birth)).noIncome().build());
    }

    /** A case applied on {@code applied}, accepted the day after, surveyed the next day. */
    Case surveyed(String county, String reference, String applied, Household h, ApplicationForm form) {
        LocalDate a = d(applied);
        Case c = taken(cases.apply(new Step.Apply(a, reference, AdminCode.of(county), ProgramId.DIBAO, h, form)));
        c = take(c, new Step.Accept(a.plusDays(1)));
        return take(c, new Step.Survey(a.plusDays(2), 2, Optional.empty()));
    }

    /** Surveyed, proposed for approval 3 days after applying (notice of 7 days), decided {@code verdict} 10 days after. */
    Case decided(String county, String reference, String applied, Household h, ApplicationForm form, Verdict verdict) {
        Case c = surveyed(county, reference, applied, h, form);
        c = take(c, new Step.Propose(d(applied).plusDays(3), verdict));
        return take(c, new Step.Decide(d(applied).plusDays(10), verdict));
    }

    /** A one-person urban dibao case approved 10 days after {@code applied}, the county deciding. */
    Case active(String county, String reference, String applied) {
        return decided(county, reference, applied, onePerson("1975-05-05"), ApplicationForm.consented(), Verdict.APPROVE);
    }

    Roster submit(String county, String month, String on) {
        return payroll.submit(AdminCode.of(county), YearMonth.parse(month), d(on), null);
    }

    static Map<String, Money> lines(Roster r, Case c) {
        return r.lines().stream().filter(l -> l.caseId().equals(c.id())).collect(Collectors.toMap(RosterLine::code, RosterLine::amount));
    }
}
