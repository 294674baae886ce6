package org.relief.server.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading the audit log within a jurisdiction, newest first, by keyset pages; and verifying its chain. */
public final class AuditRepository {
    private final Database db;
    private final AuditVerifier verifier;

    public AuditRepository(Database db) {
        this.db = db;
        this.verifier = new AuditVerifier(AuditVerifier.pages(db), AuditVerifier.PAGE);
    }

    /**
     * An entry as the API shows it ({@code previousArea}: where a moved record was before; {@code items}:
     * the records of a batch entry with the digest of each one's state, null for any other entry).
     */
    public record Entry(long seq, Instant at, String actor, String role, String action, String target, String area,
                        String previousArea, String beforeDigest, String afterDigest, String prevHash, String hash,
                        List<AuditLog.Listed> items) {
        static Entry of(AuditEntryEntity e) {
            return new Entry(e.getSeq(), e.getAt(), e.getActor(), e.getRole(), e.getAction(), e.getTarget(),
                    e.getAdminCode(), e.getPreviousAdminCode(), e.getBeforeDigest(), e.getAfterDigest(), e.getPrevHash(),
                    e.getHash(), e.getTargets() == null ? null : AuditLog.Listed.parse(e.getTargets()));
        }
    }

    /** A keyset page: the entries, the size asked, and the {@code before} of the next page (absent on the last). */
    public record AuditPage(List<Entry> items, int size, Long next) {
        public AuditPage {
            items = List.copyOf(items);
        }
    }

    /**
     * Entries whose area (or previous area) starts with {@code prefix}, newest first, with a
     * {@code seq} below {@code before} when given: a range on the primary key, never an offset,
     * so a deep page costs what the first does.
     */
    public AuditPage list(String prefix, Optional<Long> before, int size) {
        return db.read(em -> {
            String like = prefix + "%";
            List<AuditEntryEntity> found = em.createQuery("select a from AuditEntryEntity a where a.seq < :before and "
                            + "(a.adminCode like :p or a.previousAdminCode like :p) order by a.seq desc", AuditEntryEntity.class)
                    .setParameter("before", before.orElse(Long.MAX_VALUE)).setParameter("p", like)
                    .setMaxResults(size + 1).getResultList();
            List<Entry> items = found.stream().limit(size).map(Entry::of).toList();
            Long next = found.size() > size ? items.get(items.size() - 1).seq() : null;
            return new AuditPage(items, size, next);
        });
    }

    /** The chain verified streaming; empty while another verification runs. */
    public Optional<AuditLog.Verification> verify() {
        return verifier.verify();
    }
}
