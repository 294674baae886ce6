package org.relief.server.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.relief.server.audit.Digests;

/**
 * Households: create, read, update with a version check, soft delete, list by area prefix. Every
 * change is audited in its own transaction; a failed change stores nothing.
 */
public final class HouseholdRepository {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public HouseholdRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public StoredHousehold create(Actor actor, String area, String label, String body) {
        return db.write(em -> {
            HouseholdEntity e = new HouseholdEntity(area, label, body, clock.instant());
            em.persist(e);
            em.flush();
            audit.append(em, change(actor, "household.create", e, null, state(e)));
            return StoredHousehold.of(e);
        });
    }

    /**
     * A household to create in a batch, with the SHA-256 of its state as its audit entry lists it, computed
     * here — on the thread that validates it, which a bulk import runs beside the one that stores (BulkPipeline).
     */
    public static final class NewHousehold {
        private final String area;
        private final String label;
        private final String body;
        private final String stateDigest;

        public NewHousehold(String area, String label, String body) {
            this.area = area;
            this.label = label;
            this.body = body;
            this.stateDigest = Digests.sha256(state(area, label, body, false));
        }

        public String area() {
            return area;
        }

        public String label() {
            return label;
        }

        public String body() {
            return body;
        }
    }

    /**
     * Creates all households in one transaction (all or none), audited by one entry per area listing
     * that area's households with the digest of each one's state ({@link AuditLog#appendBatch}). The rows
     * go in as JDBC batches (households, audit entries) inside that transaction ({@link JdbcBatch}): the
     * same household rows as one {@code persist} each, without EclipseLink's per-entity clones. Their ids are
     * fresh ids of the households' generator, consecutive within each slice, reserved in the transaction
     * ({@link JdbcBatch#reserveIds}: a rolled-back import gives them back); a single create meanwhile may take a
     * lower id from EclipseLink's preallocated ones, so ids order households within an import, not across.
     */
    public List<StoredHousehold> createAll(Actor actor, List<NewHousehold> batch) {
        Iterator<List<NewHousehold>> one = List.of(batch).iterator();
        return createAll(actor, () -> one.hasNext() ? one.next() : null);
    }

    /**
     * {@link #createAll(Actor, List)} of households handed over in slices while they are stored: {@code slices}
     * answers the next slice, {@code null} after the last. Each slice goes in as a JDBC batch as it comes; the audit
     * entries, after the last. What {@code slices} throws rolls the whole transaction back.
     */
    public List<StoredHousehold> createAll(Actor actor, Supplier<List<NewHousehold>> slices) {
        return db.write(em -> {
            Instant now = clock.instant();
            Connection c = JdbcBatch.connection(em);
            byte[] at = JdbcBatch.instant(now);
            List<StoredHousehold> created = new ArrayList<>();
            List<AuditLog.BatchItem> audited = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO HOUSEHOLD (ID, VERSION, ADMIN_CODE, LABEL, BODY, "
                    + "DELETED, CREATED_AT, UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?)")) {
                for (List<NewHousehold> slice = slices.get(); slice != null; slice = slices.get()) {
                    long id = JdbcBatch.reserveIds(c, HouseholdEntity.class, slice.size()) - 1;
                    for (NewHousehold h : slice) {
                        id++;
                        p.setLong(1, id);
                        p.setString(2, h.area());
                        p.setString(3, h.label());
                        p.setString(4, h.body());
                        p.setBoolean(5, false);
                        p.setBytes(6, at);
                        p.setBytes(7, at);
                        p.addBatch();
                        StoredHousehold stored = new StoredHousehold(id, 1, h.area(), h.label(), h.body(), now, now);
                        created.add(stored);
                        audited.add(new AuditLog.BatchItem("household:" + id, h.area(), h.stateDigest));
                    }
                    p.executeBatch();
                }
            } catch (SQLException e) {
                throw new PersistenceException("importing " + created.size() + " households failed", e);
            }
            audit.appendBatch(em, actor.name(), actor.role(), "household.create", "households", audited);
            return List.copyOf(created);
        });
    }

    public Optional<StoredHousehold> find(long id) {
        return db.read(em -> Optional.ofNullable(em.find(HouseholdEntity.class, id)).filter(e -> !e.isDeleted())
                .map(StoredHousehold::of));
    }

    /**
     * Replaces a household if it is still at {@code expectedVersion}.
     *
     * @throws VersionConflictException when another change came first
     */
    public Optional<StoredHousehold> update(Actor actor, long id, long expectedVersion, String area, String label,
                                            String body) {
        try {
            return db.write(em -> {
                HouseholdEntity e = em.find(HouseholdEntity.class, id);
                if (e == null || e.isDeleted()) {
                    return Optional.<StoredHousehold>empty();
                }
                if (e.getVersion() != expectedVersion) {
                    throw new VersionConflictException(e.getVersion());
                }
                String before = state(e);
                String previousArea = e.getAdminCode();
                e.update(area, label, body, clock.instant());
                em.flush();
                // A move to another area records both: the auditors of each see it.
                audit.append(em, new AuditLog.Change(actor.name(), actor.role(), "household.update", "household:" + e.getId(),
                        e.getAdminCode(), previousArea.equals(e.getAdminCode()) ? null : previousArea, before, state(e)));
                return Optional.of(StoredHousehold.of(e));
            });
        } catch (OptimisticLockException | RollbackException x) {
            throw new VersionConflictException(find(id).map(StoredHousehold::version).orElse(-1L));
        }
    }

    /** Soft-deletes a household; false when there is none. */
    public boolean delete(Actor actor, long id) {
        return db.write(em -> {
            HouseholdEntity e = em.find(HouseholdEntity.class, id);
            if (e == null || e.isDeleted()) {
                return false;
            }
            String before = state(e);
            e.markDeleted(clock.instant());
            em.flush();
            audit.append(em, change(actor, "household.delete", e, before, null));
            return true;
        });
    }

    /** Households whose area starts with {@code prefix}, by id, page numbers from 1. */
    public Page<StoredHousehold> list(String prefix, int page, int size) {
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " is beyond any list");
        }
        return db.read(em -> {
            String like = prefix.replace("%", "").replace("_", "") + "%";
            long total = em.createQuery("select count(h) from HouseholdEntity h where h.deleted = false and h.adminCode like :p",
                    Long.class).setParameter("p", like).getSingleResult();
            List<StoredHousehold> items = em.createQuery(
                    "select h from HouseholdEntity h where h.deleted = false and h.adminCode like :p order by h.id",
                    HouseholdEntity.class).setParameter("p", like).setFirstResult((page - 1) * size).setMaxResults(size)
                    .getResultList().stream().map(StoredHousehold::of).toList();
            return new Page<>(items, page, size, total);
        });
    }

    /** Rows in the table, deleted ones included (tests, seeding). */
    public long countRows() {
        return db.read(em -> em.createQuery("select count(h) from HouseholdEntity h", Long.class).getSingleResult());
    }

    private static String state(HouseholdEntity e) {
        return state(e.getAdminCode(), e.getLabel(), e.getBody(), e.isDeleted());
    }

    private static String state(String area, String label, String body, boolean deleted) {
        return area + "\n" + label + "\n" + body + "\n" + deleted;
    }

    private static AuditLog.Change change(Actor a, String action, HouseholdEntity e, String before, String after) {
        return new AuditLog.Change(a.name(), a.role(), action, "household:" + e.getId(), e.getAdminCode(),
                before, after);
    }

}
