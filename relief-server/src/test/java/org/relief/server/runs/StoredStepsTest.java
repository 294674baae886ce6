package org.relief.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.DeferredSteps;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.Roster;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;
import org.relief.server.persistence.CaseStepEntity;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.server.persistence.JpaPriceIndices;
import org.relief.server.persistence.JpaRosterStore;
import org.relief.server.persistence.SnapshotCodec;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.StepReader;

/**
 * Schema version 4: a case's row holds its state, each step's row the step with its report; a
 * roster reads the rows of a county's cases and never their steps; a case stored whole by an
 * earlier version reads back as it was, and its next step moves its history into the step rows.
 * On the store of {@link TestStores} (PostgreSQL in its leg).
 */
@Tag("store")
class StoredStepsTest {
    static final int CASES = 30;

    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(TestStores::config);
    static Database db;
    static JpaCaseStore store;

    @BeforeAll
    static void start() {
        Province.seed(http.server().injector(), CASES, 1);
        db = http.server().injector().getInstance(Database.class);
        store = http.server().injector().getInstance(JpaCaseStore.class);
    }

    static String row(long id) {
        return (String) db.read(em -> em.createNativeQuery("SELECT SNAPSHOT FROM RELIEF_CASE WHERE ID = " + id).getSingleResult());
    }

    static List<CaseStepEntity> stepRows(long id) {
        return db.read(em -> em.createQuery("select s from CaseStepEntity s where s.caseId = :id order by s.index", CaseStepEntity.class)
                .setParameter("id", id).getResultList());
    }

    @Test
    void aCaseRow_holdsItsStateWithTheNumberOfItsSteps_andEachStepRowItsStepWithItsReport() {
        Case c = store.find(CaseId.of("1")).orElseThrow();
        assertEquals(5, c.steps().size());
        String state = row(1);
        assertTrue(state.endsWith(",\"steps\":5}"), state);
        assertFalse(state.contains("\"report\""), "no step report in the case's row");
        List<CaseStepEntity> rows = stepRows(1);
        assertEquals(5, rows.size());
        for (CaseStepEntity s : rows) {
            assertEquals(c.steps().get(s.getIndex()), SnapshotCodec.readStep(s.getBody()));
        }
    }

    @Test
    void aRoster_readsTheStateOfTheCountysCases_neverTheirSteps_andTheCasesAreWholeAllTheSame() {
        JpaCaseStore jpa = store;
        List<Case> seen = new ArrayList<>();
        CaseStore watched = new CaseStore() {
            @Override
            public CaseId nextId(AdminCode county) {
                return jpa.nextId(county);
            }

            @Override
            public void create(Case opened) {
                jpa.create(opened);
            }

            @Override
            public Optional<Case> find(CaseId id) {
                return jpa.find(id);
            }

            @Override
            public void append(Case before, Case after) {
                jpa.append(before, after);
            }

            @Override
            public Stream<Case> inCounty(AdminCode county) {
                return jpa.inCounty(county).peek(seen::add);
            }
        };
        var injector = http.server().injector();
        Payroll payroll = new Payroll(injector.getInstance(Lifecycle.class), watched, injector.getInstance(JpaRosterStore.class),
                injector.getInstance(JpaPriceIndices.class));
        Roster roster = payroll.draft(Province.COUNTIES.get(0), Province.MONTH, Province.DATE, null);
        assertEquals(CASES, roster.cases());
        assertEquals(Province.expected(injector, 1).values().iterator().next(), roster);
        assertEquals(CASES, seen.size());
        for (Case c : seen) {
            DeferredSteps steps = assertInstanceOf(DeferredSteps.class, c.steps());
            assertFalse(steps.isRead(), () -> "the roster read the steps of case " + c.id());
        }
        for (Case c : seen) {
            assertEquals(store.find(c.id()).orElseThrow(), c, "read when used, the steps are the case's");
            assertTrue(((DeferredSteps) c.steps()).isRead());
        }
    }

    @Test
    void aCaseStoredWholeByVersion3_readsBackAsItWas_andItsNextStepMovesItsHistoryIntoTheStepRows() throws Exception {
        Case before = store.find(CaseId.of("2")).orElseThrow();
        // the case as schema version 3 stored it: its whole history in its row, no step bodies
        db.write(em -> {
            em.createNativeQuery("UPDATE RELIEF_CASE SET SNAPSHOT = ? WHERE ID = 2").setParameter(1, SnapshotCodec.write(before))
                    .executeUpdate();
            em.createNativeQuery("UPDATE CASE_STEP SET BODY = NULL WHERE CASE_ID = 2").executeUpdate();
            return null;
        });
        assertTrue(row(2).contains("\"report\""));
        Case old = store.find(CaseId.of("2")).orElseThrow();
        assertFalse(old.steps() instanceof DeferredSteps, "read whole from its row");
        assertEquals(before, old);
        try (Stream<Case> county = store.inCounty(old.county())) {
            assertEquals(old, county.filter(c -> c.id().equals(old.id())).findFirst().orElseThrow());
        }

        Lifecycle lifecycle = http.server().injector().getInstance(Lifecycle.class);
        StepResult r = lifecycle.take(old, StepReader.readStep(ReliefJson.parse(
                "{\"do\":\"terminate\",\"date\":\"2024-06-28\",\"reason\":\"MOVED_AWAY\"}")));
        Case after = assertInstanceOf(StepResult.Taken.class, r, r::toString).after();
        store.append(old, after);

        assertTrue(row(2).endsWith(",\"steps\":6}"), row(2));
        List<CaseStepEntity> rows = stepRows(2);
        assertEquals(6, rows.size());
        for (CaseStepEntity s : rows) {
            assertNotNull(s.getBody(), "step " + s.getIndex());
            assertEquals(after.steps().get(s.getIndex()), SnapshotCodec.readStep(s.getBody()));
        }
        Case now = store.find(CaseId.of("2")).orElseThrow();
        assertInstanceOf(DeferredSteps.class, now.steps());
        assertEquals(after, now);
    }
}
