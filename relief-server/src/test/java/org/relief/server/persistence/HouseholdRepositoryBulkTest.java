package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;
import org.relief.server.audit.Digests;

/** The ids and audit entries of {@link HouseholdRepository#createAll}, beside single creates. */
@Tag("store")
class HouseholdRepositoryBulkTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String BODY = "{\"members\":[]}";

    private static List<HouseholdRepository.NewHousehold> batch(int n, String label) {
        List<HouseholdRepository.NewHousehold> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new HouseholdRepository.NewHousehold("411082101", label + i, BODY));
        }
        return out;
    }

    private static HouseholdRepository households(Database db) {
        return new HouseholdRepository(db, new AuditLog(CLOCK), CLOCK);
    }

    private static List<Long> ids(List<StoredHousehold> stored) {
        return stored.stream().map(StoredHousehold::id).toList();
    }

    private static void consecutive(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(0) + i, ids.get(i), ids.toString());
        }
    }

    @Test
    void bulkIds_areFresh_consecutiveInAnImport_neverASingleCreatesId_andARolledBackImportGivesThemBack(@TempDir Path dir) {
        ServerConfig config = TestStores.config(dir.resolve("data"));
        Set<Long> seen = new HashSet<>();
        try (Database db = Database.open(config)) {
            HouseholdRepository households = households(db);
            assertTrue(seen.add(households.create(Actor.SYSTEM, "411082101", "single-a", BODY).id()));
            List<Long> first = ids(households.createAll(Actor.SYSTEM, batch(250, "bulk-a")));
            consecutive(first);
            first.forEach(id -> assertTrue(seen.add(id), "a fresh id: " + id));
            // EclipseLink's preallocated ids (the single create's range) are not the bulk import's: no collision.
            for (int i = 0; i < 3; i++) {
                assertTrue(seen.add(households.create(Actor.SYSTEM, "411082101", "single-b" + i, BODY).id()));
            }

            // An import that fails while it stores (its second slice never comes) stores nothing and takes no id.
            List<List<HouseholdRepository.NewHousehold>> slices = new ArrayList<>(List.of(batch(100, "refused")));
            Supplier<List<HouseholdRepository.NewHousehold>> failing = () -> {
                if (slices.isEmpty()) {
                    throw new IllegalStateException("the body turned out invalid");
                }
                return slices.remove(0);
            };
            long rows = households.countRows();
            assertThrows(IllegalStateException.class, () -> households.createAll(Actor.SYSTEM, failing));
            assertEquals(rows, households.countRows(), "nothing stored");
            List<Long> next = ids(households.createAll(Actor.SYSTEM, batch(2, "bulk-b")));
            assertEquals(List.of(first.get(249) + 1, first.get(249) + 2), next, "the refused import's ids were given back");
            next.forEach(id -> assertTrue(seen.add(id)));

            // Slices handed over one after another get consecutive ids too (one reservation each).
            List<List<HouseholdRepository.NewHousehold>> three = new ArrayList<>(List.of(batch(100, "s1"), batch(100, "s2"),
                    batch(7, "s3")));
            List<Long> sliced = ids(households.createAll(Actor.SYSTEM, () -> three.isEmpty() ? null : three.remove(0)));
            assertEquals(207, sliced.size());
            consecutive(sliced);
            sliced.forEach(id -> assertTrue(seen.add(id)));
        }
        try (Database db = Database.open(config)) {
            // After a restart EclipseLink takes its next range above every reserved id.
            long after = households(db).create(Actor.SYSTEM, "411082101", "single-c", BODY).id();
            assertTrue(seen.add(after), "a fresh id after the restart: " + after);
            assertEquals(seen.size(), households(db).countRows());
        }
    }

    @Test
    void aBulkImportsAuditEntry_listsEachHouseholdWithTheDigestOfItsState(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir.resolve("data")))) {
            List<StoredHousehold> stored = households(db).createAll(Actor.SYSTEM, batch(2, "d"));
            AuditEntryEntity entry = db.read(em -> em.createQuery("select a from AuditEntryEntity a order by a.seq desc",
                    AuditEntryEntity.class).setMaxResults(1).getSingleResult());
            String lines = "";
            for (StoredHousehold h : stored) {
                // the state as a single create's entry digests it: area, label, body, deleted — one per line
                lines += "household:" + h.id() + " " + Digests.sha256("411082101\n" + h.label() + "\n" + BODY + "\nfalse") + "\n";
            }
            assertEquals(lines, entry.getTargets());
            assertFalse(entry.getTargets().isEmpty());
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), AuditVerifier.PAGE).verify().orElseThrow();
            assertTrue(v.intact(), v.message());
        }
    }
}
