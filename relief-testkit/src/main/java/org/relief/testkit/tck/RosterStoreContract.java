package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.roster.ArrearsItem;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;
import org.relief.core.roster.RosterStore;

/**
 * The contract every {@link RosterStore} keeps: a roster is submitted once per (county, month),
 * however many submit at once; what was paid per case and month counts the cash lines and the
 * back-pay for each month. Extend it with one factory method, like {@link CaseStoreContract}.
 */
public abstract class RosterStoreContract {
    private static final AdminCode COUNTY = AdminCode.of("371502");
    private RosterStore store;

    /** A new, empty store for one test. */
    protected abstract RosterStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private static RosterLine line(String caseId, String code, String amount, List<ArrearsItem> arrears) {
        return new RosterLine(CaseId.of(caseId), "R-" + caseId, ProgramId.DIBAO, code, Money.yuan(amount), true, false, arrears,
                List.of(), List.of(), Optional.empty(), "NA-03", Optional.empty());
    }

    private static Roster roster(String month, String on, RosterLine... lines) {
        Money total = Money.ZERO;
        for (RosterLine l : lines) {
            total = total.plus(l.amount());
        }
        return new Roster(COUNTY, YearMonth.parse(month), LocalDate.parse(on), List.of(lines), List.of(), List.of(),
                Optional.empty(), List.of(), lines.length, total, false, false);
    }

    /** The first submission is stored; a second answers the first, marked already submitted, and stores nothing. */
    @Test
    public void required_submittedOnce() {
        Roster first = store.submit(roster("2024-04", "2024-05-02", line("c1", "dibao", "931.00", List.of())));
        assertTrue(first.submitted());
        assertFalse(first.alreadySubmitted());
        Roster second = store.submit(roster("2024-04", "2024-05-09", line("c1", "dibao", "999.00", List.of())));
        assertTrue(second.alreadySubmitted());
        assertEquals(first.lines(), second.lines());
        assertEquals(Optional.of(LocalDate.parse("2024-05-02")), store.submittedOn(COUNTY, YearMonth.of(2024, 4)));
        assertEquals(Map.of(YearMonth.of(2024, 4), Money.yuan("931.00")), store.paid(CaseId.of("c1")));
    }

    /** Of concurrent submissions of one (county, month) exactly one is stored. */
    @Test
    public void required_concurrentSubmissionsOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Roster>> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String amount = (900 + i) + ".00";
            jobs.add(() -> store.submit(roster("2024-04", "2024-05-02", line("c1", "dibao", amount, List.of()))));
        }
        int stored = 0;
        for (Future<Roster> f : pool.invokeAll(jobs)) {
            stored += f.get().alreadySubmitted() ? 0 : 1;
        }
        pool.shutdown();
        assertEquals(1, stored);
        assertEquals(1, store.paid(CaseId.of("c1")).size());
    }

    /** Paid for a month = its cash line plus the back-pay for it in later rosters; price subsidies apart. */
    @Test
    public void required_paidCountsTheLineAndItsBackPay() {
        store.submit(roster("2024-04", "2024-05-02", line("c1", "dibao", "931.00", List.of()),
                line("c1", "priceSubsidy", "30.00", List.of())));
        store.submit(roster("2024-05", "2024-06-03", line("c1", "dibao", "980.00", List.of()),
                line("c1", "arrears", "49.00", List.of(new ArrearsItem(YearMonth.of(2024, 4), Money.yuan("49.00"))))));
        assertEquals(Map.of(YearMonth.of(2024, 4), Money.yuan("980.00"), YearMonth.of(2024, 5), Money.yuan("980.00")),
                store.paid(CaseId.of("c1")));
        assertEquals(Map.of(), store.paid(CaseId.of("c2")));
    }

    /** What was paid to several cases at once is what was paid to each, every case asked a key (nothing paid: empty). */
    @Test
    public void required_paidOfSeveralCasesIsThePaidOfEach() {
        store.submit(roster("2024-04", "2024-05-02", line("c1", "dibao", "931.00", List.of()), line("c2", "dibao", "500.00", List.of())));
        store.submit(roster("2024-05", "2024-06-03", line("c1", "dibao", "980.00", List.of()),
                line("c1", "arrears", "49.00", List.of(new ArrearsItem(YearMonth.of(2024, 4), Money.yuan("49.00"))))));
        List<CaseId> ids = List.of(CaseId.of("c1"), CaseId.of("c2"), CaseId.of("c3"));
        Map<CaseId, Map<YearMonth, Money>> all = store.paid(ids);
        assertEquals(3, all.size());
        for (CaseId id : ids) {
            assertEquals(store.paid(id), all.get(id), id.value());
        }
        assertEquals(Map.of(YearMonth.of(2024, 4), Money.yuan("980.00"), YearMonth.of(2024, 5), Money.yuan("980.00")),
                all.get(CaseId.of("c1")));
        assertEquals(Map.of(), all.get(CaseId.of("c3")));
    }

    /** A roster of an earlier month of the county is known as such; a later month's, the same month's or another county's is not. */
    @Test
    public void required_anySubmittedBeforeSeesTheCountysEarlierMonthsOnly() {
        YearMonth may = YearMonth.of(2024, 5);
        assertFalse(store.anySubmittedBefore(COUNTY, may), "an empty store");
        store.submit(roster("2024-05", "2024-06-03", line("c1", "dibao", "931.00", List.of())));
        assertFalse(store.anySubmittedBefore(COUNTY, may), "May's own roster is not before May");
        assertFalse(store.anySubmittedBefore(COUNTY, YearMonth.of(2024, 4)));
        assertTrue(store.anySubmittedBefore(COUNTY, YearMonth.of(2024, 6)));
        assertTrue(store.anySubmittedBefore(COUNTY, YearMonth.of(2025, 1)));
        assertFalse(store.anySubmittedBefore(AdminCode.of("110101"), YearMonth.of(2024, 6)), "another county");
    }
}
