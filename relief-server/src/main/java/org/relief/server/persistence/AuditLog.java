package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import org.relief.server.audit.Digests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;


/**
 * The tamper-evident audit log: every change is appended in the same transaction as the change,
 * carrying the hash of the previous entry. {@link #verify} recomputes the chain and reports the
 * first broken link. Callers serialise writes (one writer at a time) so that the chain never forks.
 */
public final class AuditLog {
    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final Clock clock;
    /** The last entry appended in each open unit of work (several appends in one transaction chain in order). */
    private final java.util.Map<EntityManager, AuditEntryEntity> pending =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** What changed: who, in which role, what, and digests of the state before and after. */
    public record Change(String actor, String role, String action, String target, String adminCode, String before,
                        String after) {
    }

    /** Appends an entry for {@code change} inside the caller's transaction. */
    public AuditEntryEntity append(EntityManager em, Change change) {
        AuditEntryEntity head = pending.get(em);
        if (head == null) {
            // MAX on the primary key reads the end of its index (ORDER BY … DESC would sort the whole table).
            Long last = em.createQuery("select max(a.seq) from AuditEntryEntity a", Long.class).getSingleResult();
            head = last == null ? null : em.find(AuditEntryEntity.class, last);
        }
        long seq = head == null ? 1 : head.getSeq() + 1;
        String prev = head == null ? GENESIS : head.getHash();
        Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String before = change.before() == null ? "" : Digests.sha256(change.before());
        String after = change.after() == null ? "" : Digests.sha256(change.after());
        String hash = hash(seq, at, change.actor(), change.role(), change.action(), change.target(), change.adminCode(),
                before, after, prev);
        AuditEntryEntity e = new AuditEntryEntity(seq, at, change.actor(), change.role(), change.action(), change.target(),
                change.adminCode(), before, after, prev, hash);
        em.persist(e);
        pending.put(em, e);
        return e;
    }

    /** The result of a verification: the number of entries checked and the first broken link, if any. */
    public record Verification(long entries, Optional<Long> firstBrokenSeq, String message) {
        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    /** Recomputes the whole chain in order. */
    public Verification verify(EntityManager em) {
        List<AuditEntryEntity> all = em.createQuery("select a from AuditEntryEntity a order by a.seq",
                AuditEntryEntity.class).getResultList();
        String prev = GENESIS;
        long expectedSeq = 1;
        for (AuditEntryEntity a : all) {
            if (a.getSeq() != expectedSeq) {
                return new Verification(all.size(), Optional.of(expectedSeq),
                        "entry " + expectedSeq + " is missing (next present: " + a.getSeq() + ")");
            }
            if (!a.getPrevHash().equals(prev)) {
                return new Verification(all.size(), Optional.of(a.getSeq()),
                        "entry " + a.getSeq() + " does not follow the entry before it");
            }
            String h = hash(a.getSeq(), a.getAt(), a.getActor(), a.getRole(), a.getAction(), a.getTarget(),
                    a.getAdminCode(), a.getBeforeDigest(), a.getAfterDigest(), a.getPrevHash());
            if (!h.equals(a.getHash())) {
                return new Verification(all.size(), Optional.of(a.getSeq()), "entry " + a.getSeq() + " was altered");
            }
            prev = a.getHash();
            expectedSeq++;
        }
        return new Verification(all.size(), Optional.empty(), "chain intact");
    }

    static String hash(long seq, Instant at, String actor, String role, String action, String target, String adminCode,
                       String before, String after, String prev) {
        return Digests.sha256(String.join("\u001f", Long.toString(seq), at.toString(), actor, role, action, target,
                adminCode, before, after, prev));
    }
}
