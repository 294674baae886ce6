package org.relief.server.runs;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterException;
import org.relief.server.ServerConfig;
import org.relief.server.cases.RosterSubmission;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaRosterRuns;
import org.relief.server.persistence.JpaRosterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's share of the roster runs: {@code RELIEF_ROSTER_WORKERS} threads (0: none) that poll
 * the database for a claimable county job, compute that county's roster and submit it through the
 * ordinary submission ({@link RosterSubmission}: once per county and month, whoever submits), the
 * job marked done in the same transaction as the roster is stored. While a county runs, its lease
 * ({@code RELIEF_ROSTER_LEASE}) is renewed every third of it; a server that dies stops renewing, and
 * when the lease has run out a worker of any server takes the job over and submits again — which
 * stores the roster if the dead one had not, or answers the stored one if it had (never both, never
 * half: the roster is stored in one transaction).
 */
public final class RosterWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RosterWorkers.class);
    /** How long an idle worker waits before it looks for a job again. */
    static final Duration POLL = Duration.ofMillis(500);
    /** Times the storing transaction is tried again when another server stored the same roster or audit entry at once. */
    private static final int STORE_TRIES = 5;

    private final Database db;
    private final Payroll payroll;
    private final JpaRosterRuns runs;
    private final RosterSubmission submission;
    private final int size;
    private final Duration lease;
    private final String name;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService heartbeat;

    @Inject
    public RosterWorkers(Database db, Payroll payroll, JpaRosterRuns runs, RosterSubmission submission, ServerConfig config) {
        this.db = db;
        this.payroll = payroll;
        this.runs = runs;
        this.submission = submission;
        this.size = config.rosterWorkers();
        this.lease = config.rosterLease();
        // pid@host: unique among the servers on one database, and says where a job ran
        this.name = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Starts the workers (none when the configuration says 0). */
    public synchronized void start() {
        if (size == 0 || !threads.isEmpty()) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "relief-roster-lease"));
        for (int i = 1; i <= size; i++) {
            String worker = name + "#" + i;
            Thread t = daemon(() -> loop(worker), "relief-roster-worker-" + i);
            threads.add(t);
            t.start();
        }
    }

    /** Stops the workers: a county in progress is given back (claimable at once by another), then the threads end. */
    @Override
    public synchronized void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }

    private void loop(String worker) {
        while (!stopped.get()) {
            Optional<JpaRosterRuns.Claim> claim;
            try {
                claim = runs.claim(worker, lease);
            } catch (RuntimeException e) {
                if (stopped.get() || db.isClosed()) {
                    return; // the store was closed under the workers (a server closed without close()): nothing to claim from
                }
                LOG.warn("花名册任务领取失败 / claiming a roster job failed: {}", e.getMessage());
                claim = Optional.empty();
            }
            if (claim.isPresent()) {
                run(worker, claim.get());
            } else {
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One county: computed, then stored with the job marked done, or given back when it fails. */
    void run(String worker, JpaRosterRuns.Claim c) {
        LOG.info("花名册任务 / roster job {}: {} {} (attempt {}) by {}", c.jobId(), c.county(), c.month(), c.attempt(), worker);
        long every = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(() -> {
            try {
                runs.renew(c.jobId(), worker, lease);
            } catch (RuntimeException e) {
                LOG.warn("花名册任务续租失败 / renewing the lease of roster job {} failed: {}", c.jobId(), e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            if (c.attempt() > JpaRosterRuns.MAX_ATTEMPTS) {
                runs.release(c.jobId(), worker, "claimed " + c.attempt() + " times without finishing", true);
                return;
            }
            Roster computed = payroll.draft(c.county(), c.month(), c.computedOn(), null);
            if (Thread.currentThread().isInterrupted() || stopped.get()) {
                throw new IllegalStateException("stopping");
            }
            store(worker, c, computed);
        } catch (LeaseLost e) {
            LOG.warn("花名册任务 {} 已被其他工作线程接管 / roster job {} was taken over: {}", c.jobId(), c.jobId(), e.getMessage());
        } catch (RosterException e) {
            runs.release(c.jobId(), worker, e.code() + ": " + e.getMessage(), true);
        } catch (RuntimeException e) {
            // interrupted (stopping): the flag is cleared so that the job can still be given back through JDBC
            boolean interrupted = Thread.interrupted();
            LOG.warn("花名册任务 {} 失败，稍后重试 / roster job {} failed, to be tried again: {}", c.jobId(), c.jobId(), e.toString());
            try {
                runs.release(c.jobId(), worker, e.toString(), false);
            } catch (RuntimeException again) {
                LOG.warn("花名册任务 {} 未能交还，租约到期后接管 / roster job {} not given back; it is taken over when its lease "
                        + "expires: {}", c.jobId(), c.jobId(), again.getMessage());
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            renewal.cancel(false);
        }
    }

    private void store(String worker, JpaRosterRuns.Claim c, Roster computed) {
        for (int attempt = 1; ; attempt++) {
            try {
                db.write(em -> {
                    // the roster first, the job's row last: a read of the run's progress waits only for the commit
                    Roster stored = runs.storeThenFinish(em, c.jobId(), worker, () -> computed.alreadySubmitted() ? computed
                            : submission.store(em, c.createdBy(), c.createdRole(), computed))
                            .orElseThrow(() -> new LeaseLost("the lease of job " + c.jobId() + " is no longer " + worker + "'s"));
                    runs.figures(em, c.jobId(), stored.cases(), stored.total().amount());
                    return null;
                });
                return;
            } catch (JpaRosterStore.AlreadySubmittedException e) {
                if (attempt == STORE_TRIES) {
                    throw e;
                }
                // another server stored this county's roster at the same moment: the next try answers that one
            } catch (RuntimeException e) {
                if (attempt == STORE_TRIES || !Database.isUniqueViolation(e)) {
                    throw e;
                }
                // the audit entry's sequence was taken by another server's entry at the same moment: try again
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The job's lease was taken over by another worker before this one stored the roster. */
    static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost(String message) {
            super(message);
        }
    }
}
