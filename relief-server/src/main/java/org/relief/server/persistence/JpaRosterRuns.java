package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.relief.core.model.AdminCode;

/**
 * Roster runs and their county jobs, shared through the database by every server on it. A worker
 * claims a job with a conditional {@code UPDATE … WHERE ID = ? AND (WORKER IS NULL OR LEASE_UNTIL < now)}
 * and owns it when exactly one row was updated: the same contract on Derby and PostgreSQL, decided
 * by the row lock the update takes, so two workers never both own a job. On PostgreSQL the candidate
 * is first picked with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that concurrent claimers pass over
 * a job another is claiming instead of queueing behind its lock; Derby has no {@code SKIP LOCKED}
 * and picks the first candidates unlocked (a lost race there costs one more statement, never a double claim).
 *
 * <p>Leases are epoch milliseconds of the claiming server's clock, compared with the clock of the
 * server that would take over: the servers' clocks must agree to well within a lease (NTP).
 */
public final class JpaRosterRuns {
    /** Claims of one job after which it is failed rather than tried again (a crashing county stops somewhere). */
    public static final int MAX_ATTEMPTS = 5;
    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Database db;
    private final Clock clock;

    public JpaRosterRuns(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A job a worker owns until its lease runs out: the county and what the run asks of it. */
    public record Claim(long jobId, long runId, AdminCode county, YearMonth month, LocalDate computedOn, String createdBy,
                        String createdRole, int attempt) {
    }

    /** A county of a run as stored. */
    public record JobView(AdminCode county, String status, Optional<String> worker, List<String> workers, int attempts,
                          Optional<Long> cases, Optional<BigDecimal> total, Optional<String> error) {
    }

    /** A run with its jobs, in county order. */
    public record RunView(long id, AdminCode region, YearMonth month, LocalDate computedOn, String createdBy, List<JobView> jobs) {
    }

    /**
     * The counties that have cases within {@code region} (a county: itself, cases or none), in code order.
     */
    public List<AdminCode> countiesWithCases(AdminCode region) {
        if (!region.isNational() && !region.isProvince() && !region.isCity()) {
            return List.of(region);
        }
        String prefix = region.isNational() ? "" : region.value().substring(0, region.isProvince() ? 2 : 4);
        List<String> codes = db.read(em -> em.createQuery("select distinct c.county from CaseEntity c where c.county like :p "
                + "order by c.county", String.class).setParameter("p", prefix + "%").getResultList());
        return codes.stream().map(AdminCode::of).toList();
    }

    /** Stores a run and one pending job per county, in the caller's unit of work; its id. */
    public long create(EntityManager em, AdminCode region, YearMonth month, LocalDate computedOn, List<AdminCode> counties,
                       String createdBy, String createdRole) {
        RosterRunEntity run = new RosterRunEntity(region.value(), month.toString(), computedOn, counties.size(), createdBy,
                createdRole, clock.millis());
        em.persist(run);
        em.flush();
        for (AdminCode county : counties) {
            em.persist(new RosterJobEntity(run.getId(), county.value()));
        }
        em.flush();
        return run.getId();
    }

    /** Claims one claimable job (pending, or running on a lease that has expired) for {@code worker}, if any. */
    public Optional<Claim> claim(String worker, Duration lease) {
        long now = clock.millis();
        return db.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT ID FROM ROSTER_JOB WHERE STATUS IN ('" + PENDING + "', '" + RUNNING
                    + "') AND (WORKER IS NULL OR LEASE_UNTIL < ?1) ORDER BY ID FETCH FIRST " + (db.isPostgresql() ? "1 ROWS ONLY "
                    + "FOR UPDATE SKIP LOCKED" : "8 ROWS ONLY")).setParameter(1, now).getResultList();
            for (Object id : ids) {
                long job = ((Number) id).longValue();
                int updated = em.createNativeQuery("UPDATE ROSTER_JOB SET STATUS = '" + RUNNING + "', WORKER = ?1, LEASE_UNTIL = ?2, "
                        + "ATTEMPTS = ATTEMPTS + 1, WORKERS = CASE WHEN WORKERS IS NULL THEN CAST(?1 AS VARCHAR(100)) "
                        + "WHEN LENGTH(WORKERS) > 880 THEN WORKERS ELSE WORKERS || ' ' || CAST(?1 AS VARCHAR(100)) END "
                        + "WHERE ID = ?3 AND STATUS IN ('" + PENDING + "', '" + RUNNING + "') AND (WORKER IS NULL OR LEASE_UNTIL < ?4)")
                        .setParameter(1, worker).setParameter(2, now + lease.toMillis()).setParameter(3, job).setParameter(4, now)
                        .executeUpdate();
                if (updated == 1) {
                    RosterJobEntity j = em.find(RosterJobEntity.class, job);
                    em.refresh(j);
                    RosterRunEntity r = em.find(RosterRunEntity.class, j.getRunId());
                    return Optional.of(new Claim(job, r.getId(), AdminCode.of(j.getCounty()), YearMonth.parse(r.getMonth()),
                            r.getComputedOn(), r.getCreatedBy(), r.getCreatedRole(), j.getAttempts()));
                }
            }
            return Optional.<Claim>empty();
        });
    }

    /** Renews the lease of a job {@code worker} still owns; false when it no longer does (taken over, or finished). */
    public boolean renew(long jobId, String worker, Duration lease) {
        long until = clock.millis() + lease.toMillis();
        return db.inTransaction(em -> em.createNativeQuery("UPDATE ROSTER_JOB SET LEASE_UNTIL = ?1 WHERE ID = ?2 AND WORKER = ?3 "
                + "AND STATUS = '" + RUNNING + "'").setParameter(1, until).setParameter(2, jobId).setParameter(3, worker)
                .executeUpdate() == 1);
    }

    /**
     * Marks the job done in the caller's unit of work, if {@code worker} still owns it; the update locks
     * the job's row until that unit of work ends, so no other worker can take it over in between (a
     * worker stores the roster first: {@link #storeThenFinish}).
     *
     * @return false when the job is no longer {@code worker}'s (its lease was taken over): the caller rolls back
     */
    public boolean finish(EntityManager em, long jobId, String worker) {
        return em.createNativeQuery("UPDATE ROSTER_JOB SET STATUS = '" + DONE + "', LEASE_UNTIL = NULL, ERROR = NULL "
                + "WHERE ID = ?1 AND WORKER = ?2 AND STATUS = '" + RUNNING + "'").setParameter(1, jobId).setParameter(2, worker)
                .executeUpdate() == 1;
    }

    /**
     * Stores a county's roster with {@code store}, then marks its job done, in the caller's unit of work, if
     * {@code worker} still owns the job. The job's row is updated last, so that it is locked only for the
     * end of the unit of work: a read of the run (its progress, {@link #run}) never waits for a county's
     * roster being stored — on Derby, which has no snapshot reads, a read waits for any row another unit
     * of work has changed until that one ends. A take-over meanwhile (the lease ran out) leaves the update
     * no row to change: the caller rolls back, and nothing of the roster is stored.
     *
     * @return what {@code store} gave, or empty when the job is no longer {@code worker}'s (the caller rolls back)
     */
    public <T> Optional<T> storeThenFinish(EntityManager em, long jobId, String worker, Supplier<T> store) {
        T stored = store.get();
        return finish(em, jobId, worker) ? Optional.of(stored) : Optional.empty();
    }

    /** Records the stored roster's figures on a job {@link #finish finished} in the same unit of work. */
    public void figures(EntityManager em, long jobId, long cases, BigDecimal total) {
        em.createNativeQuery("UPDATE ROSTER_JOB SET CASES = ?1, TOTAL = ?2 WHERE ID = ?3").setParameter(1, cases)
                .setParameter(2, total).setParameter(3, jobId).executeUpdate();
    }

    /**
     * Gives a job back after an attempt that failed: claimable again at once, or {@code failed} when
     * {@code fatal} (the same input would fail again) or after {@value #MAX_ATTEMPTS} attempts.
     */
    public void release(long jobId, String worker, String error, boolean fatal) {
        String message = error == null ? "" : error.length() > 480 ? error.substring(0, 480) : error;
        db.inTransaction(em -> em.createNativeQuery("UPDATE ROSTER_JOB SET STATUS = CASE WHEN ?1 = 1 OR ATTEMPTS >= ?2 THEN '"
                + FAILED + "' ELSE '" + PENDING + "' END, WORKER = NULL, LEASE_UNTIL = NULL, ERROR = ?3 WHERE ID = ?4 AND WORKER = ?5 "
                + "AND STATUS = '" + RUNNING + "'").setParameter(1, fatal ? 1 : 0).setParameter(2, MAX_ATTEMPTS)
                .setParameter(3, message).setParameter(4, jobId).setParameter(5, worker).executeUpdate());
    }

    /** The run with this id and its jobs. */
    public Optional<RunView> run(long id) {
        return db.read(em -> {
            RosterRunEntity r = em.find(RosterRunEntity.class, id);
            if (r == null) {
                return Optional.<RunView>empty();
            }
            List<RosterJobEntity> rows = em.createQuery("select j from RosterJobEntity j where j.runId = :r order by j.county",
                    RosterJobEntity.class).setParameter("r", id).getResultList();
            List<JobView> jobs = new ArrayList<>(rows.size());
            for (RosterJobEntity j : rows) {
                jobs.add(new JobView(AdminCode.of(j.getCounty()), j.getStatus(), Optional.ofNullable(j.getWorker()),
                        j.getWorkers() == null ? List.of() : List.of(j.getWorkers().split(" ")), j.getAttempts(),
                        Optional.ofNullable(j.getCases()), Optional.ofNullable(j.getTotal()), Optional.ofNullable(j.getError())
                        .filter(e -> !e.isEmpty())));
            }
            return Optional.of(new RunView(r.getId(), AdminCode.of(r.getRegion()), YearMonth.parse(r.getMonth()), r.getComputedOn(),
                    r.getCreatedBy(), jobs));
        });
    }
}
