package org.relief.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.core.model.AdminCode;
import org.relief.server.TestStores;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaRosterRuns;

/**
 * The claim contract of roster jobs, on the store directly with a clock the test moves: a job is
 * claimed by one worker at a time; its lease keeps it from others until it runs out, then another
 * takes it over and the first can neither renew nor finish it; two threads claiming at once never
 * claim the same job. On the store of {@link TestStores} (PostgreSQL in its leg: there the claims go
 * through {@code FOR UPDATE SKIP LOCKED}).
 */
@Tag("store")
class RosterJobClaimTest {
    static final Duration LEASE = Duration.ofSeconds(10);
    final AtomicLong now = new AtomicLong(Instant.parse("2024-05-06T08:00:00Z").toEpochMilli());
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    Database db;
    JpaRosterRuns runs;

    @BeforeEach
    void open(@TempDir Path dir) {
        db = Database.open(TestStores.config(dir.resolve("data")));
        runs = new JpaRosterRuns(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    long run(int counties) {
        List<AdminCode> codes = new ArrayList<>();
        for (int i = 0; i < counties; i++) {
            codes.add(AdminCode.of(Integer.toString(371501 + i)));
        }
        return db.write(em -> runs.create(em, AdminCode.of("371500"), java.time.YearMonth.of(2024, 4),
                java.time.LocalDate.of(2024, 5, 6), codes, "admin", "admin"));
    }

    @Test
    void aLeaseKeepsTheJob_untilItRunsOut_thenAnotherWorkerTakesItOver() {
        long id = run(1);
        Optional<JpaRosterRuns.Claim> a = runs.claim("a", LEASE);
        assertTrue(a.isPresent());
        assertEquals(1, a.get().attempt());
        assertEquals(id, a.get().runId());
        now.addAndGet(6_000);
        assertTrue(runs.renew(a.get().jobId(), "a", LEASE), "a renews its own lease");
        now.addAndGet(9_000);
        assertEquals(Optional.empty(), runs.claim("b", LEASE), "15 s after the claim, 9 s after the renewal: still a's");
        now.addAndGet(1_001);
        Optional<JpaRosterRuns.Claim> b = runs.claim("b", LEASE);
        assertTrue(b.isPresent(), "the lease ran out: b takes the job over");
        assertEquals(a.get().jobId(), b.get().jobId());
        assertEquals(2, b.get().attempt());
        assertFalse(runs.renew(a.get().jobId(), "a", LEASE), "a lost it");
        assertFalse((boolean) db.<Boolean>write(em -> runs.finish(em, a.get().jobId(), "a")), "a cannot finish it");
        assertTrue((boolean) db.<Boolean>write(em -> runs.finish(em, b.get().jobId(), "b")));
        JpaRosterRuns.JobView job = runs.run(id).orElseThrow().jobs().get(0);
        assertEquals("done", job.status());
        assertEquals(List.of("a", "b"), job.workers());
        now.addAndGet(LEASE.toMillis() * 10);
        assertEquals(Optional.empty(), runs.claim("c", LEASE), "a done job is never claimed again");
    }

    /**
     * While a county's roster is being stored (its unit of work open), a read of the run answers at once and
     * shows the job still running — the job's row is changed only at the end; on Derby, which has no
     * snapshot reads, a read of a row changed by an open unit of work waits until it ends (issue 21: a
     * progress poll waited over 30 s) — and once it commits the read shows the job done. A worker whose
     * lease was taken over meanwhile gets nothing back (its caller rolls back).
     */
    @Test
    void theRunIsReadWhileACountysRosterIsBeingStored_andShowsTheJobDoneOnceCommitted() throws Exception {
        long id = run(2);
        JpaRosterRuns.Claim a = runs.claim("a", LEASE).orElseThrow();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Optional<String> seen = db.write(em -> runs.storeThenFinish(em, a.jobId(), "a", () -> {
                try {
                    // the roster being stored: the progress read from another connection must not wait for it
                    return reader.submit(() -> runs.run(id).orElseThrow().jobs().get(0).status()).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the read of the run waited for the roster's unit of work", e);
                }
            }));
            assertEquals(Optional.of("running"), seen);
            assertEquals("done", runs.run(id).orElseThrow().jobs().get(0).status());
            JpaRosterRuns.Claim b = runs.claim("b", LEASE).orElseThrow();
            now.addAndGet(LEASE.toMillis() + 1);
            assertTrue(runs.claim("c", LEASE).isPresent(), "c takes b's job over");
            assertEquals(Optional.empty(), db.write(em -> runs.storeThenFinish(em, b.jobId(), "b", () -> "stored")),
                    "b's job is no longer b's");
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void aJobGivenBack_isClaimableAtOnce_andFailsAfterTooManyAttempts() {
        long id = run(1);
        for (int i = 1; i <= JpaRosterRuns.MAX_ATTEMPTS; i++) {
            JpaRosterRuns.Claim c = runs.claim("w" + i, LEASE).orElseThrow();
            assertEquals(i, c.attempt());
            runs.release(c.jobId(), "w" + i, "boom " + i, false);
        }
        JpaRosterRuns.JobView job = runs.run(id).orElseThrow().jobs().get(0);
        assertEquals("failed", job.status());
        assertEquals(Optional.of("boom " + JpaRosterRuns.MAX_ATTEMPTS), job.error());
        assertEquals(Optional.empty(), runs.claim("x", LEASE));
    }

    @Test
    void twoThreadsClaimingAtOnce_neverClaimTheSameJob() throws Exception {
        int jobs = 60;
        run(jobs);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<List<Long>>> workers = new ArrayList<>();
        for (String w : List.of("w1", "w2")) {
            workers.add(() -> {
                List<Long> mine = new ArrayList<>();
                for (Optional<JpaRosterRuns.Claim> c = runs.claim(w, LEASE); c.isPresent(); c = runs.claim(w, LEASE)) {
                    mine.add(c.get().jobId());
                }
                return mine;
            });
        }
        List<Long> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Future<List<Long>> f : pool.invokeAll(workers)) {
            all.addAll(f.get());
            sizes.add(f.get().size());
        }
        pool.shutdown();
        Set<Long> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "a job claimed twice: " + sizes);
        assertEquals(jobs, distinct.size(), "every job claimed once");
    }
}
