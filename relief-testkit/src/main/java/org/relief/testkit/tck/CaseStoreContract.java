package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseConflictException;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepResult;
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
 * The contract every {@link CaseStore} keeps, as a test class a store's authors extend with one
 * factory method (like the rule-module TCK):
 *
 * <pre>{@code
 * class JpaCaseStoreContractTest extends CaseStoreContract {
 *     @Override protected CaseStore newStore() { return new JpaCaseStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * Each test asks for a new, empty store. Cases are made by the real lifecycle over the national
 * baseline (region {@code 000000}, a test-published urban dibao standard), so the store is handed
 * the values it will meet in production: cases with determinations and traces on their steps.
 */
public abstract class CaseStoreContract {
    private static final AdminCode NATIONAL = AdminCode.NATIONAL;
    private static final Lifecycle LIFECYCLE = Lifecycle.create(ReliefEngine.create(RuleModules.of(), () -> StandardsTable.of(
            new PublishedStandard(StandardKey.DIBAO_URBAN, NATIONAL, LocalDate.of(2024, 1, 1), Optional.empty(),
                    new BigDecimal("931"), StandardUnit.MONTHLY, Provenance.reportedBy("store contract test figure")))));

    private CaseStore store;

    /** A new, empty store for one test. */
    protected abstract CaseStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private Case opened(String reference) {
        CaseId id = store.nextId(NATIONAL);
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).noIncome().build());
        StepResult r = LIFECYCLE.open(id, new Step.Apply(LocalDate.of(2024, 3, 1), reference, NATIONAL, ProgramId.DIBAO, h,
                ApplicationForm.consented()));
        return assertInstanceOf(StepResult.Taken.class, r).after();
    }

    private static Case next(Case c, Step s) {
        return assertInstanceOf(StepResult.Taken.class, LIFECYCLE.take(c, s)).after();
    }

    /** Ids are never given twice. */
    @Test
    public void required_idsAreNeverGivenTwice() {
        Set<CaseId> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(ids.add(store.nextId(NATIONAL)));
        }
    }

    /** A created case is found again, equal to what was stored (steps, determinations and traces included). */
    @Test
    public void required_createdCaseIsFoundEqual() {
        Case c = opened("R-1");
        store.create(c);
        assertEquals(Optional.of(c), store.find(c.id()));
        assertEquals(Optional.empty(), store.find(store.nextId(NATIONAL)));
    }

    /** Creating a case whose id exists is a conflict and changes nothing. */
    @Test
    public void required_createTwiceIsAConflict() {
        Case c = opened("R-1");
        store.create(c);
        assertThrows(CaseConflictException.class, () -> store.create(c));
        assertEquals(Optional.of(c), store.find(c.id()));
    }

    /** Appended steps are kept in order; the stored case is the last one appended. */
    @Test
    public void required_appendKeepsEveryStep() {
        Case c = opened("R-1");
        store.create(c);
        Case accepted = next(c, new Step.Accept(LocalDate.of(2024, 3, 4)));
        store.append(c, accepted);
        Case surveyed = next(accepted, new Step.Survey(LocalDate.of(2024, 3, 6), 2, Optional.empty()));
        store.append(accepted, surveyed);
        Case found = store.find(c.id()).orElseThrow();
        assertEquals(surveyed, found);
        assertEquals(3, found.steps().size());
    }

    /** A step taken on a stale case is refused and stores nothing (a concurrent step came first). */
    @Test
    public void required_staleAppendIsAConflictAndStoresNothing() {
        Case c = opened("R-1");
        store.create(c);
        Case accepted = next(c, new Step.Accept(LocalDate.of(2024, 3, 4)));
        Case withdrawn = next(c, new Step.Withdraw(LocalDate.of(2024, 3, 4)));
        store.append(c, accepted);
        assertThrows(CaseConflictException.class, () -> store.append(c, withdrawn));
        assertEquals(Optional.of(accepted), store.find(c.id()));
    }

    /** Appending to a case the store does not have is a conflict. */
    @Test
    public void required_appendToAnUnknownCaseIsAConflict() {
        Case c = opened("R-1");
        Case accepted = next(c, new Step.Accept(LocalDate.of(2024, 3, 4)));
        assertThrows(CaseConflictException.class, () -> store.append(c, accepted));
        assertEquals(Optional.empty(), store.find(c.id()));
    }

    /** Of concurrent steps on one case exactly one is stored. */
    @Test
    public void required_concurrentAppendsOneWins() throws Exception {
        Case c = opened("R-1");
        store.create(c);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Case after = next(c, new Step.Accept(LocalDate.of(2024, 3, 4 + i)));
            results.add(pool.submit(() -> {
                start.await();
                try {
                    store.append(c, after);
                    return true;
                } catch (CaseConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(2, store.find(c.id()).orElseThrow().steps().size());
    }

    /** The cases of a county, and only those, in the order they were created. */
    @Test
    public void required_casesOfACountyInCreationOrder() {
        List<CaseId> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Case c = opened("R-" + i);
            store.create(c);
            made.add(c.id());
        }
        try (Stream<Case> s = store.inCounty(NATIONAL)) {
            assertEquals(made, s.map(Case::id).toList());
        }
        try (Stream<Case> s = store.inCounty(AdminCode.of("371502"))) {
            assertEquals(0, s.count());
        }
        assertNotEquals(made.get(0), made.get(1));
    }
}
