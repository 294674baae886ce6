package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.relief.server.audit.Digests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.TestStores;

@Tag("store")
class AuditLogTest {
    private final AuditLog log = new AuditLog(Clock.systemUTC());

    /** Appends {@code count} changes of one household area. */
    static void append(Database db, AuditLog log, int count) {
        for (int i = 1; i <= count; i++) {
            int n = i;
            db.write(em -> log.append(em, new AuditLog.Change("u" + n, "townshipReviewer", "household.update",
                    "household:" + n, "411082", "{\"v\":" + n + "}", "{\"v\":" + (n + 1) + "}")));
        }
    }

    /** The chain of {@code db} verified page by page, {@code pageSize} entries a page. */
    private static AuditLog.Verification verified(Database db, int pageSize) {
        return new AuditVerifier(AuditVerifier.pages(db), pageSize).verify().orElseThrow();
    }

    /** The chain verifies intact, with {@code entries} entries. */
    private static void assertIntact(Database db, int pageSize, long entries) {
        AuditLog.Verification v = verified(db, pageSize);
        assertTrue(v.intact(), v.message());
        assertEquals(entries, v.entries());
    }

    private void appendThree(Database db) {
        append(db, log, 3);
    }

    @Test
    void anIntactChainVerifies(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            assertIntact(db, 2, 3);
        }
    }

    @Test
    void anEditedRow_isTheFirstBrokenLink(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'mallory' WHERE SEQ = 2").executeUpdate());
            AuditLog.Verification v = verified(db, 2);
            assertEquals(Optional.of(2L), v.firstBrokenSeq(), v.message());
        }
    }

    @Test
    void aDeletedRow_isDetected(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            db.inTransaction(em -> em.createNativeQuery("DELETE FROM AUDIT_ENTRY WHERE SEQ = 2").executeUpdate());
            AuditLog.Verification v = verified(db, 2);
            assertEquals(Optional.of(2L), v.firstBrokenSeq(), v.message());
        }
    }

    @Test
    void aRewrittenChainTail_isDetectedAtTheFirstRewrittenEntry(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            // Re-hashing entry 2 alone leaves entry 3 pointing to the old hash.
            db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET HASH = '" + "f".repeat(64) + "' WHERE SEQ = 2")
                    .executeUpdate());
            AuditLog.Verification v = verified(db, 2);
            assertEquals(Optional.of(2L), v.firstBrokenSeq(), v.message());
        }
    }

    /** A batch of five records in two areas, interleaved, between two single entries. */
    private void appendBatch(Database db) {
        append(db, log, 1);
        List<AuditLog.BatchItem> items = List.of(new AuditLog.BatchItem("household:11", "411082101", Digests.sha256("{\"v\":11}")),
                new AuditLog.BatchItem("household:12", "141002", Digests.sha256("{\"v\":12}")),
                new AuditLog.BatchItem("household:13", "411082101", Digests.sha256("{\"v\":13}")),
                new AuditLog.BatchItem("household:14", "411082101", Digests.sha256("{\"v\":14}")),
                new AuditLog.BatchItem("household:15", "141002", Digests.sha256("{\"v\":15}")));
        db.write(em -> {
            log.appendBatch(em, "admin", "admin", "household.create", "households", items);
            return null;
        });
        db.write(em -> log.append(em, new AuditLog.Change("u9", "admin", "household.update", "household:11", "411082101",
                "{\"v\":11}", "{\"v\":16}")));
    }

    @Test
    void aBatch_isOneEntryPerAreaInTheOrderTheAreasFirstAppear_listingItsRecordsWithTheirDigests(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendBatch(db);
            List<AuditEntryEntity> all = AuditVerifier.pages(db).fetch(0, 10);
            assertEquals(4, all.size(), "one single entry, two batch entries, one single entry");
            AuditEntryEntity xuchang = all.get(1);
            AuditEntryEntity linfen = all.get(2);
            assertEquals(List.of(2L, 3L, "411082101", "141002", "households", "households"),
                    List.of(xuchang.getSeq(), linfen.getSeq(), xuchang.getAdminCode(), linfen.getAdminCode(),
                            xuchang.getTarget(), linfen.getTarget()));
            String lines = "household:11 " + Digests.sha256("{\"v\":11}") + "\nhousehold:13 " + Digests.sha256("{\"v\":13}")
                    + "\nhousehold:14 " + Digests.sha256("{\"v\":14}") + "\n";
            assertEquals(lines, xuchang.getTargets());
            assertEquals(Digests.sha256(lines), xuchang.getAfterDigest(), "the after-digest covers the list");
            assertEquals("", xuchang.getBeforeDigest());
            assertEquals("household:12 " + Digests.sha256("{\"v\":12}") + "\nhousehold:15 " + Digests.sha256("{\"v\":15}")
                    + "\n", linfen.getTargets());
            assertEquals(xuchang.getHash(), linfen.getPrevHash());
            assertEquals(linfen.getHash(), all.get(3).getPrevHash(), "the next single entry follows the batch");
            assertEquals(null, all.get(0).getTargets());
            assertIntact(db, 3, 4);
        }
    }

    @Test
    void aBatchEntrysListEdited_isTheFirstBrokenLink(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendBatch(db);
            // A record dropped from the list (its digest and the entry's hash left alone).
            db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET TARGETS = 'household:12 "
                    + Digests.sha256("{\"v\":12}") + "\n' WHERE SEQ = 3").executeUpdate());
            AuditLog.Verification v = verified(db, 2);
            assertEquals(Optional.of(3L), v.firstBrokenSeq(), v.message());
            assertEquals("entry 3 was altered", v.message());
        }
    }

    @Test
    void anEmptyBatch_appendsNothing(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            db.write(em -> {
                log.appendBatch(em, "admin", "admin", "household.create", "households", List.of());
                return null;
            });
            assertEquals(0, verified(db, 2).entries());
        }
    }
}
