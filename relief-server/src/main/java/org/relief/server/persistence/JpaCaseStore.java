package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseConflictException;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.DeferredSteps;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.model.AdminCode;

/**
 * The case store over JPA: each case a row with its state (its snapshot without the steps), each step
 * a row unique per case and index with the step and its report, each integrity record a row. A case
 * read from the store has its steps read when they are first used ({@link DeferredSteps}): a roster
 * or a sample over a county reads the cases' rows only. A case stored before schema version 4 has
 * its whole history in its row and reads as before; its next step stores the bodies of all its
 * steps. Calls join the unit of work open on the thread (so that a
 * step, its audit entry and its rows commit together) or run as their own. Ids are numbers
 * ({@code 1}, {@code 2}, …) from a counter, unique across server instances.
 */
public final class JpaCaseStore implements CaseStore {
    static final String COUNTER = "RELIEF_CASE";
    private static final int PAGE = 200;

    private final Database db;
    private final Clock clock;
    private final ThreadLocal<String> actor = ThreadLocal.withInitial(() -> "system");

    public JpaCaseStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Names the official recording the steps of this thread's unit of work. */
    public void recordedBy(String name) {
        actor.set(name);
    }

    @Override
    public CaseId nextId(AdminCode county) {
        return CaseId.of(Long.toString(db.joining(em -> Ids.next(em, COUNTER))));
    }

    /** {@code n} fresh ids at once (for {@link #load}): one counter update instead of one per case. */
    public List<CaseId> nextIds(int n) {
        long first = db.joining(em -> Ids.next(em, COUNTER, n));
        List<CaseId> ids = new ArrayList<>(n);
        for (long i = first; i < first + n; i++) {
            ids.add(CaseId.of(Long.toString(i)));
        }
        return ids;
    }

    @Override
    public void create(Case opened) {
        if (opened.steps().size() != 1) {
            throw new IllegalArgumentException("a case is created with its apply step only");
        }
        long id = numeric(opened.id());
        db.joining(em -> {
            if (em.find(CaseEntity.class, id) != null) {
                throw new CaseConflictException(opened.id(), "case " + opened.id() + " exists already");
            }
            CaseEntity e = new CaseEntity(id, opened.county().value(), opened.reference(), opened.program().id());
            fill(e, opened);
            em.persist(e);
            step(em, id, opened.steps().get(0));
            records(em, id, opened, List.of());
            flush(em, opened.id());
            return null;
        });
    }

    /**
     * Takes over cases in bulk (a migration from another system, a benchmark's or a test's province):
     * each case as it stands, with every step, in the caller's unit of work, flushed once for all of
     * them instead of once per step. Ids come from {@link #nextId}; nothing here checks that a case is
     * new — the primary key refuses one stored twice, and the whole unit of work with it.
     */
    public void load(List<Case> cases) {
        db.joining(em -> {
            for (Case c : cases) {
                long id = numeric(c.id());
                CaseEntity e = new CaseEntity(id, c.county().value(), c.reference(), c.program().id());
                fill(e, c);
                em.persist(e);
                for (StepRecord s : c.steps()) {
                    step(em, id, s);
                }
                records(em, id, c, List.of());
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Case> find(CaseId id) {
        Optional<Long> n = parse(id);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return db.readJoining(em -> Optional.ofNullable(em.find(CaseEntity.class, n.get())).map(e -> {
            Case c = read(e);
            c.steps().get(0); // read in the same unit of work as the case's row
            return c;
        }));
    }

    private Case read(CaseEntity e) {
        long id = e.getId();
        return SnapshotCodec.readCase(e.getSnapshot(), count -> db.readJoining(em -> {
            List<String> bodies = em.createQuery("select s.body from CaseStepEntity s where s.caseId = :id and s.index < :n "
                    + "order by s.index", String.class).setParameter("id", id).setParameter("n", count).getResultList();
            List<StepRecord> steps = new ArrayList<>(bodies.size());
            for (String b : bodies) {
                if (b == null) {
                    throw new IllegalStateException("step " + steps.size() + " of case " + id + " has no stored body");
                }
                steps.add(SnapshotCodec.readStep(b));
            }
            return steps;
        }));
    }

    @Override
    public void append(Case before, Case after) {
        if (!before.id().equals(after.id()) || after.steps().size() != before.steps().size() + 1) {
            throw new IllegalArgumentException("append takes the same case with exactly one more step");
        }
        long id = numeric(before.id());
        db.joining(em -> {
            CaseEntity e = em.find(CaseEntity.class, id);
            if (e == null) {
                throw new CaseConflictException(before.id(), "case " + before.id() + " is unknown");
            }
            em.refresh(e);
            if (e.getSteps() != before.steps().size()) {
                throw new CaseConflictException(before.id(), "case " + before.id() + " has changed since it was read");
            }
            if (!(before.steps() instanceof DeferredSteps)) {
                // stored whole before schema version 4: its steps' rows get their bodies now that its row loses them
                for (CaseStepEntity s : em.createQuery("select s from CaseStepEntity s where s.caseId = :id and s.body is null",
                        CaseStepEntity.class).setParameter("id", id).getResultList()) {
                    s.setBody(SnapshotCodec.write(before.steps().get(s.getIndex())));
                }
            }
            fill(e, after);
            step(em, id, after.steps().get(after.steps().size() - 1));
            records(em, id, after, before.records());
            flush(em, before.id());
            return null;
        });
    }

    @Override
    public Stream<Case> inCounty(AdminCode county) {
        Iterator<Case> pages = new Iterator<>() {
            private long after = 0;
            private Iterator<Case> page = List.<Case>of().iterator();
            private boolean done;

            @Override
            public boolean hasNext() {
                if (page.hasNext()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                List<CaseEntity> rows = db.readJoining(em -> em.createQuery(
                        "select c from CaseEntity c where c.county = :county and c.id > :after order by c.id", CaseEntity.class)
                        .setParameter("county", county.value()).setParameter("after", after).setMaxResults(PAGE).getResultList());
                if (rows.size() < PAGE) {
                    done = true;
                }
                if (rows.isEmpty()) {
                    return false;
                }
                after = rows.get(rows.size() - 1).getId();
                List<Case> cases = new ArrayList<>(rows.size());
                rows.forEach(r -> cases.add(read(r)));
                page = cases.iterator();
                return true;
            }

            @Override
            public Case next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The recorded steps of a case (when and by whom), in order. */
    public List<CaseStepEntity> steps(CaseId id) {
        Optional<Long> n = parse(id);
        if (n.isEmpty()) {
            return List.of();
        }
        return db.readJoining(em -> em.createQuery("select s from CaseStepEntity s where s.caseId = :id order by s.index",
                CaseStepEntity.class).setParameter("id", n.get()).getResultList());
    }

    private void fill(CaseEntity e, Case c) {
        Optional<Queue.Due> due = Queue.nextDue(c);
        e.update(c.state().code(), due.map(Queue.Due::date).orElse(null), due.map(Queue.Due::name).orElse(null),
                c.steps().size(), SnapshotCodec.writeCase(c), clock.instant());
    }

    private void step(EntityManager em, long caseId, StepRecord s) {
        em.persist(new CaseStepEntity(caseId, s.index(), s.step().code(), s.step().date(), clock.instant(), actor.get(),
                SnapshotCodec.write(s)));
    }

    private static void records(EntityManager em, long caseId, Case c, List<CaseRecord> before) {
        for (int i = before.size(); i < c.records().size(); i++) {
            CaseRecord r = c.records().get(i);
            StringBuilder f = new StringBuilder();
            r.fields().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(x -> f.append(f.length() == 0 ? "" : "\u001f").append(x.getKey()).append('=').append(x.getValue()));
            em.persist(new RecordEntity(caseId, c.county().value(), r.code(), r.date(), f.toString()));
        }
    }

    private static void flush(EntityManager em, CaseId id) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new CaseConflictException(id, "case " + id + " was changed by another step at the same time");
            }
            throw e;
        }
    }

    private static long numeric(CaseId id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("not a stored case id: " + id));
    }

    /** A stored case id is a canonical positive number. */
    static Optional<Long> parse(CaseId id) {
        String v = id.value();
        return v.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(v)) : Optional.empty();
    }
}
