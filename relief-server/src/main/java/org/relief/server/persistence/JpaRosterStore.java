package org.relief.server.persistence;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
    public Map<YearMonth, Money> paid(CaseId caseId) {
        List<RosterLineEntity> lines = db.readJoining(em -> em.createQuery(
                "select l from RosterLineEntity l where l.caseId = :id", RosterLineEntity.class)
                .setParameter("id", caseId.value()).getResultList());
        Map<YearMonth, Money> paid = new TreeMap<>();
        for (RosterLineEntity l : lines) {
            if (l.getCode().equals(ProgramId.DIBAO.id()) || l.getCode().equals(ProgramId.TEKUN.id())) {
                paid.merge(YearMonth.parse(l.getMonth()), l.isHeld() ? Money.ZERO : new Money(l.getAmount()), Money::plus);
            } else if (l.getCode().equals(RosterLine.ARREARS) && l.getArrears() != null) {
                for (String item : l.getArrears().split(";")) {
                    String[] kv = item.split("=");
                    paid.merge(YearMonth.parse(kv[0]), new Money(new BigDecimal(kv[1])), Money::plus);
                }
            }
        }
        return paid;
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
