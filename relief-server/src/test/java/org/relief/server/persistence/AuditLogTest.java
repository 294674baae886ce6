package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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

    private void appendThree(Database db) {
        append(db, log, 3);
    }

    @Test
    void anIntactChainVerifies(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), 2).verify().orElseThrow();
            assertTrue(v.intact(), v.message());
            assertEquals(3, v.entries());
        }
    }

    @Test
    void anEditedRow_isTheFirstBrokenLink(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'mallory' WHERE SEQ = 2").executeUpdate());
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), 2).verify().orElseThrow();
            assertEquals(Optional.of(2L), v.firstBrokenSeq(), v.message());
        }
    }

    @Test
    void aDeletedRow_isDetected(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            appendThree(db);
            db.inTransaction(em -> em.createNativeQuery("DELETE FROM AUDIT_ENTRY WHERE SEQ = 2").executeUpdate());
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), 2).verify().orElseThrow();
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
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), 2).verify().orElseThrow();
            assertEquals(Optional.of(2L), v.firstBrokenSeq(), v.message());
        }
    }
}
