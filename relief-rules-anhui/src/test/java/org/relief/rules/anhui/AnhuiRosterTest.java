package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
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
import org.relief.core.roster.PaymentDates;
import org.relief.core.roster.PriceIndices;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * 安徽 rosters through relief-core's {@link Payroll}: AH-07's payment calendar on every roster (only the
 * payment date moves; beyond the calendar's data it is absent while the 5th and the 10th stay), over the
 * shipped 滁州 standard and a test figure for 合肥 (no 合肥 value is shipped).
 */
class AnhuiRosterTest {
    private final List<PublishedStandard> published = new ArrayList<>();
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new AnhuiModule()), () -> StandardsTable.of(List.copyOf(published))));
    private final InMemoryCaseStore store = new InMemoryCaseStore();
    private final InMemoryRosterStore rosters = new InMemoryRosterStore();
    private final CaseService cases = new CaseService(lifecycle, store, rosters::paid);
    private final Payroll payroll = new Payroll(lifecycle, store, rosters, PriceIndices.inMemory());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private void publish(String area, String key, String from, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), AdminCode.of(area), d(from), Optional.empty(),
                new BigDecimal(value), StandardUnit.MONTHLY, Provenance.reportedBy("test figure")));
    }

    private Case take(Case c, Step s) {
        StepResult r = cases.take(c.id(), s);
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    /** A one-person urban dibao case: applied on {@code applied}, accepted the day after, approved a week after the proposal. */
    private Case active(String county, String reference, String applied) {
        LocalDate a = d(applied);
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1975-05-05")).noIncome().build());
        StepResult r = cases.apply(new Step.Apply(a, reference, AdminCode.of(county), ProgramId.DIBAO, h, ApplicationForm.consented()));
        Case c = assertInstanceOf(StepResult.Taken.class, r).after();
        c = take(c, new Step.Accept(a.plusDays(1)));
        c = take(c, new Step.Survey(a.plusDays(2), 2, Optional.empty()));
        c = take(c, new Step.Propose(a.plusDays(3), Verdict.APPROVE));
        return take(c, new Step.Decide(a.plusDays(10), Verdict.APPROVE));
    }

    private static Map<String, Money> lines(Roster r, Case c) {
        return r.lines().stream().filter(l -> l.caseId().equals(c.id())).collect(Collectors.toMap(RosterLine::code, RosterLine::amount));
    }

    @Test
    void AH07_theRosterCarriesItsCalendar_springFestival2024MovesThePaymentOnly() {
        Case c = active("341181", "天长-2023-101", "2023-10-09");                 // 滁州 urban 727, paid from 2023-11
        Roster nov = payroll.submit(AdminCode.of("341181"), YearMonth.of(2023, 11), d("2023-12-04"), null);
        assertEquals(Money.yuan("727.00"), lines(nov, c).get("dibao"));
        assertEquals(new PaymentDates(d("2023-12-05"), d("2023-12-10"), d("2023-12-15")), nov.dates().orElseThrow());
        assertEquals("AH-07", nov.trace().stream().filter(t -> t.rule().equals("AH-07")).findFirst().orElseThrow().rule());
        // January 2024: 春节 2024-02-10 … 02-17 holds the 15th ⇒ paid by Friday 02-09; funds by 02-10 stays (a rest day)
        Roster jan = payroll.submit(AdminCode.of("341181"), YearMonth.of(2024, 1), d("2024-02-02"), null);
        assertEquals(new PaymentDates(d("2024-02-05"), d("2024-02-10"), d("2024-02-09")), jan.dates().orElseThrow());
    }

    @Test
    void AH07_beyondTheCalendarsData_thePaymentDateIsAbsent_theFixedDatesStay() {
        publish("340103", "dibao.urban.monthly", "2026-01-01", "900");           // test figure: no 合肥 value is shipped
        Case c = active("340103", "庐阳-2026-001", "2026-10-12");                  // paid from 2026-11
        Roster nov = payroll.submit(AdminCode.of("340103"), YearMonth.of(2026, 11), d("2026-12-02"), null);
        assertEquals(Optional.of(d("2026-12-15")), nov.dates().orElseThrow().paymentDueBy());   // the 2026 data cover it
        // December 2026 is paid in January 2027, whose arrangement is not in the data: never guessed
        Roster dec = payroll.submit(AdminCode.of("340103"), YearMonth.of(2026, 12), d("2027-01-04"), null);
        PaymentDates dates = dec.dates().orElseThrow();
        assertEquals(d("2027-01-05"), dates.rosterDueBy());
        assertEquals(d("2027-01-10"), dates.fundsDueBy());
        assertTrue(dates.paymentDueBy().isEmpty());
        assertTrue(dec.reasons().stream().anyMatch(r -> r.code().equals("CALENDAR_UNAVAILABLE") && r.rule().equals("AH-07")));
        assertEquals(Money.yuan("900.00"), lines(dec, c).get("dibao"));          // the roster itself is computed
    }

    @Test
    void AH07_moneyPaidAfterTheDocumentsValidity_getsNoDates() {
        publish("340103", "dibao.urban.monthly", "2027-01-01", "900");
        Roster may = payroll.submit(AdminCode.of("340103"), YearMonth.of(2027, 5), d("2027-05-31"), null);
        assertTrue(may.dates().isEmpty());                                     // paid in June 2027, after 2027-05-31
        assertTrue(may.reasons().stream().anyMatch(r -> r.code().equals("DATE_OUT_OF_RANGE")));
    }
}
