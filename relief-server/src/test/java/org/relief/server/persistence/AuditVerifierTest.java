package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.TestStores;

/** Issue 15 item 12: the chain is verified streaming, page by page, and one verification runs at a time. */
@Tag("store")
class AuditVerifierTest {
    private final AuditLog log = new AuditLog(Clock.systemUTC());

    private void append(Database db, int n) {
        AuditLogTest.append(db, log, n);
    }

    @Test
    void verifiesPageByPage_neverHoldingMoreThanOnePage(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            append(db, 25);
            AtomicInteger fetches = new AtomicInteger();
            AtomicInteger largest = new AtomicInteger();
            AuditVerifier verifier = new AuditVerifier((after, limit) -> {
                List<AuditEntryEntity> page = AuditVerifier.pages(db).fetch(after, limit);
                fetches.incrementAndGet();
                largest.accumulateAndGet(page.size(), Math::max);
                return page;
            }, 4);
            AuditLog.Verification v = verifier.verify().orElseThrow();
            assertTrue(v.intact(), v.message());
            assertEquals(25, v.entries());
            assertEquals(7, fetches.get(), "25 entries in pages of 4: six full pages and the short one that ends the chain");
            assertEquals(4, largest.get(), "at most one page in memory, whatever the length of the chain");
        }
    }

    @Test
    void aBreakAtAPageBoundary_isFound(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir))) {
            append(db, 12);
            AuditVerifier verifier = new AuditVerifier(AuditVerifier.pages(db), 4);
            db.write(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'mallory' WHERE SEQ = 5").executeUpdate());
            assertEquals(Optional.of(5L), verifier.verify().orElseThrow().firstBrokenSeq());
            db.write(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'u5' WHERE SEQ = 5").executeUpdate());
            db.write(em -> em.createNativeQuery("DELETE FROM AUDIT_ENTRY WHERE SEQ = 9").executeUpdate());
            assertEquals(Optional.of(9L), verifier.verify().orElseThrow().firstBrokenSeq());
        }
    }

    @Test
    void aSecondCallerWhileOneRuns_getsNothing_andTheFirstFinishes(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(TestStores.config(dir))) {
            append(db, 3);
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AuditVerifier verifier = new AuditVerifier((after, limit) -> {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return AuditVerifier.pages(db).fetch(after, limit);
            }, 100);
            CompletableFuture<Optional<AuditLog.Verification>> first = CompletableFuture.supplyAsync(verifier::verify);
            inside.await();
            assertEquals(Optional.empty(), verifier.verify(), "busy: the second caller is told so (429), not queued");
            release.countDown();
            assertTrue(first.get().orElseThrow().intact());
            assertTrue(verifier.verify().isPresent(), "free again");
        }
    }
}
