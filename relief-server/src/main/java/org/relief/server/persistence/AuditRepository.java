package org.relief.server.persistence;

import java.time.Instant;
import java.util.List;

/** Reading the audit log (within a jurisdiction) and verifying its chain. */
public final class AuditRepository {
    private final Database db;
    private final AuditLog audit;

    public AuditRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** An entry as the API shows it. */
    public record Entry(long seq, Instant at, String actor, String role, String action, String target, String area,
                        String beforeDigest, String afterDigest, String prevHash, String hash) {
        static Entry of(AuditEntryEntity e) {
            return new Entry(e.getSeq(), e.getAt(), e.getActor(), e.getRole(), e.getAction(), e.getTarget(),
                    e.getAdminCode(), e.getBeforeDigest(), e.getAfterDigest(), e.getPrevHash(), e.getHash());
        }
    }

    /** Entries whose area starts with {@code prefix}, newest first. */
    public Page<Entry> list(String prefix, int page, int size) {
        return db.read(em -> {
            String like = prefix + "%";
            long total = em.createQuery("select count(a) from AuditEntryEntity a where a.adminCode like :p", Long.class)
                    .setParameter("p", like).getSingleResult();
            List<Entry> items = em.createQuery("select a from AuditEntryEntity a where a.adminCode like :p order by a.seq desc",
                    AuditEntryEntity.class).setParameter("p", like).setFirstResult((page - 1) * size).setMaxResults(size)
                    .getResultList().stream().map(Entry::of).toList();
            return new Page<>(items, page, size, total);
        });
    }

    public AuditLog.Verification verify() {
        return db.read(audit::verify);
    }
}
