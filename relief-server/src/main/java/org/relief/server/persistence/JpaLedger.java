package org.relief.server.persistence;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.relief.core.ledger.Ledger;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.model.AdminCode;

/** The temporary-assistance ledger over JPA (append-only rows with the grant's snapshot). */
public final class JpaLedger implements Ledger {
    static final String COUNTER = "LEDGER_GRANT";

    private final Database db;
    private final Clock clock;

    public JpaLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public String nextId(AdminCode county) {
        return Long.toString(db.joining(em -> Ids.next(em, COUNTER)));
    }

    @Override
    public void record(LedgerGrant g) {
        long id = Long.parseLong(g.id());
        db.joining(em -> {
            if (em.find(GrantEntity.class, id) != null) {
                throw new IllegalArgumentException("grant " + g.id() + " is recorded already");
            }
            GrantEntity e = new GrantEntity(id, g.county().value(), g.date(), g.amount().amount(), clock.instant());
            e.setSnapshot(SnapshotCodec.write(g));
            em.persist(e);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<LedgerGrant> find(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return db.readJoining(em -> Optional.ofNullable(em.find(GrantEntity.class, Long.parseLong(id)))
                .map(e -> SnapshotCodec.read(e.getSnapshot(), LedgerGrant.class)));
    }

    @Override
    public Stream<LedgerGrant> inYear(AdminCode county, int year) {
        return db.readJoining(em -> em.createQuery(
                "select g.snapshot from GrantEntity g where g.county = :c and g.year = :y order by g.id", String.class)
                .setParameter("c", county.value()).setParameter("y", year).getResultList())
                .stream().map(s -> SnapshotCodec.read(s, LedgerGrant.class));
    }
}
