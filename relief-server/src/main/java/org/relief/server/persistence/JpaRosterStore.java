package org.relief.server.persistence;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.roster.ArrearsItem;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;
import org.relief.core.roster.RosterStore;

/**
 * The roster store over JPA: a submitted roster is a row unique per county and month, its payments
 * rows unique per case × month × line code. Submission joins the unit of work open on the thread.
 */
public final class JpaRosterStore implements RosterStore {
    /** Case ids to one IN list: well under every database's limit on parameters. */
    private static final int IN_LIST = 500;

    private final Database db;
    private final Clock clock;
    private final ThreadLocal<String> actor = ThreadLocal.withInitial(() -> "system");

    public JpaRosterStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Names the official submitting in this thread's unit of work. */
    public void submittedBy(String name) {
        actor.set(name);
    }

    @Override
    public Optional<Roster> submitted(AdminCode county, YearMonth month) {
        return db.readJoining(em -> em.createQuery("select r from RosterEntity r where r.county = :c and r.month = :m",
                RosterEntity.class).setParameter("c", county.value()).setParameter("m", month.toString()).getResultStream()
                .findFirst().map(r -> SnapshotCodec.read(r.getSnapshot(), Roster.class)));
    }

    @Override
    public Optional<LocalDate> submittedOn(AdminCode county, YearMonth month) {
        return db.readJoining(em -> em.createQuery("select r.computedOn from RosterEntity r where r.county = :c and r.month = :m",
                LocalDate.class).setParameter("c", county.value()).setParameter("m", month.toString()).getResultStream().findFirst());
    }

    @Override
    public Roster submit(Roster roster) {
        Roster stored = roster.asSubmitted();
        try {
            return db.joining(em -> {
                Optional<RosterEntity> before = em.createQuery("select r from RosterEntity r where r.county = :c and r.month = :m",
                        RosterEntity.class).setParameter("c", roster.county().value()).setParameter("m", roster.month().toString())
                        .getResultStream().findFirst();
                if (before.isPresent()) {
                    return SnapshotCodec.read(before.get().getSnapshot(), Roster.class).asAlreadySubmitted();
                }
                RosterEntity r = new RosterEntity(stored.county().value(), stored.month().toString(), stored.computedOn(),
                        clock.instant(), actor.get(), stored.cases(), stored.total().amount(), SnapshotCodec.write(stored));
                em.persist(r);
                em.flush();
                for (RosterLine l : stored.lines()) {
                    em.persist(new RosterLineEntity(r.getId(), l.caseId().value(), stored.month().toString(), l.code(),
                            l.amount().amount(), l.held(), arrears(l.arrears())));
                }
                em.flush();
                return stored;
            });
        } catch (PersistenceException e) {
            if (!Database.isUniqueViolation(e)) {
                throw e;
            }
            // Another server stored the same (county, month) at the same time: the first one stands.
            if (db.inUnitOfWork()) {
                throw new AlreadySubmittedException(roster.county(), roster.month());
            }
            return submitted(roster.county(), roster.month()).orElseThrow(() -> e).asAlreadySubmitted();
        }
    }

    @Override
    public boolean anySubmittedBefore(AdminCode county, YearMonth month) {
        // months are stored as yyyy-MM: their text order is their order
        return db.readJoining(em -> em.createQuery("select count(r) from RosterEntity r where r.county = :c and r.month < :m",
                Long.class).setParameter("c", county.value()).setParameter("m", month.toString()).getSingleResult()) > 0;
    }

    @Override
    public Map<YearMonth, Money> paid(CaseId caseId) {
        return paid(List.of(caseId)).get(caseId);
    }

    /** One query per {@value #IN_LIST} cases (the roster's chunk): the lines of all of them, on the case index. */
    @Override
    public Map<CaseId, Map<YearMonth, Money>> paid(Collection<CaseId> caseIds) {
        Map<CaseId, Map<YearMonth, Money>> all = new HashMap<>();
        Map<String, Map<YearMonth, Money>> byValue = new HashMap<>();
        List<String> ids = new ArrayList<>(caseIds.size());
        for (CaseId id : caseIds) {
            Map<YearMonth, Money> paid = new TreeMap<>();
            all.put(id, paid);
            byValue.put(id.value(), paid);
            ids.add(id.value());
        }
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            List<Object[]> rows = db.readJoining(em -> em.createQuery("select l.caseId, l.month, l.code, l.amount, l.held, l.arrears "
                    + "from RosterLineEntity l where l.caseId in :ids", Object[].class).setParameter("ids", some).getResultList());
            for (Object[] r : rows) {
                add(byValue.get((String) r[0]), (String) r[1], (String) r[2], (BigDecimal) r[3], (Boolean) r[4], (String) r[5]);
            }
        }
        return all;
    }

    private static void add(Map<YearMonth, Money> paid, String month, String code, BigDecimal amount, boolean held, String arrears) {
        if (code.equals(ProgramId.DIBAO.id()) || code.equals(ProgramId.TEKUN.id())) {
            paid.merge(YearMonth.parse(month), held ? Money.ZERO : new Money(amount), Money::plus);
        } else if (code.equals(RosterLine.ARREARS) && arrears != null) {
            for (String item : arrears.split(";")) {
                String[] kv = item.split("=");
                paid.merge(YearMonth.parse(kv[0]), new Money(new BigDecimal(kv[1])), Money::plus);
            }
        }
    }

    private static String arrears(List<ArrearsItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (ArrearsItem i : items) {
            b.append(b.length() == 0 ? "" : ";").append(i.month()).append('=').append(i.amount());
        }
        return b.toString();
    }

    /** Another submission of the same county and month was stored first (across servers, at the same time). */
    public static final class AlreadySubmittedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadySubmittedException(AdminCode county, YearMonth month) {
            super("the roster of " + county + " " + month + " was submitted at the same time elsewhere");
        }
    }
}
