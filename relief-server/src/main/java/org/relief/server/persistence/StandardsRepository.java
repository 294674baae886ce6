package org.relief.server.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * Standards the integrator's government publishes. A publication adds a row (history is never
 * overwritten); the engine reads {@link #table()}, a snapshot rebuilt after each publication.
 */
public final class StandardsRepository {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private volatile StandardsTable table;

    public StandardsRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.table = load();
    }

    /** The published values as a table (what the engine layers over the modules' defaults). */
    public StandardsTable table() {
        return table;
    }

    /** Publishes a value; returns it as stored. */
    public PublishedStandard publish(Actor actor, PublishedStandard s) {
        return publishAll(actor, List.of(s)).get(0);
    }

    /** Publishes values in one transaction (all or none), each audited; returns them as stored. */
    public List<PublishedStandard> publishAll(Actor actor, List<PublishedStandard> values) {
        List<PublishedStandard> stored = db.write(em -> {
            List<PublishedStandard> out = new java.util.ArrayList<>(values.size());
            for (PublishedStandard s : values) {
                PublishedStandardEntity e = new PublishedStandardEntity(s.key().name(), s.area().value(),
                        s.effectiveFrom(), s.until().orElse(null), s.value(), s.unit().name().toLowerCase(Locale.ROOT),
                        s.provenance().documentNumber().orElseThrow(), s.provenance().issuer().orElseThrow(),
                        s.provenance().published().orElseThrow(), s.provenance().source(), clock.instant());
                em.persist(e);
                em.flush();
                audit.append(em, new AuditLog.Change(actor.name(), actor.role(), "standard.publish",
                        "standard:" + e.getId(), e.getArea(), null, e.getKey() + "@" + e.getArea() + " from "
                        + e.getEffectiveFrom() + " = " + e.getValue().toPlainString() + " (" + e.getDocumentNumber() + ")"));
                out.add(toStandard(e));
            }
            return out;
        });
        table = load();
        return stored;
    }

    /** Every publication of {@code key} (all keys when empty) for {@code area} (all when empty), oldest first. */
    public List<PublishedStandard> history(Optional<String> key, Optional<String> area) {
        return db.read(em -> {
            StringBuilder q = new StringBuilder("select s from PublishedStandardEntity s where 1 = 1");
            key.ifPresent(k -> q.append(" and s.key = :k"));
            area.ifPresent(a -> q.append(" and s.area = :a"));
            q.append(" order by s.key, s.area, s.effectiveFrom, s.id");
            var query = em.createQuery(q.toString(), PublishedStandardEntity.class);
            key.ifPresent(k -> query.setParameter("k", k));
            area.ifPresent(a -> query.setParameter("a", a));
            return query.getResultList().stream().map(StandardsRepository::toStandard).toList();
        });
    }

    private StandardsTable load() {
        return StandardsTable.of(history(Optional.empty(), Optional.empty()));
    }

    private static PublishedStandard toStandard(PublishedStandardEntity e) {
        return new PublishedStandard(StandardKey.of(e.getKey()), AdminCode.of(e.getArea()), e.getEffectiveFrom(),
                Optional.ofNullable(e.getUntil()), e.getValue().stripTrailingZeros().scale() < 0
                ? e.getValue().setScale(0) : e.getValue().stripTrailingZeros(),
                StandardUnit.valueOf(e.getUnit().toUpperCase(Locale.ROOT)),
                new Provenance(e.getSource() == null ? "published through the relief server" : e.getSource(),
                        Optional.of(e.getDocumentNumber()), Optional.of(e.getIssuer()), Optional.of(e.getPublishedOn()),
                        Optional.empty()));
    }

}
