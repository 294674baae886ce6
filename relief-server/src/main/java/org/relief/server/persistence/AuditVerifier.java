package org.relief.server.persistence;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.relief.server.audit.Digests;

/**
 * Verifies the audit chain streaming: page after page in order of {@code seq}, each page read in
 * its own unit of work and dropped before the next, so memory stays constant whatever the length
 * of the chain. One verification runs at a time: a caller while one runs gets nothing
 * ({@link #verify()} empty; the API answers 429) instead of a second walk over the whole log.
 */
public final class AuditVerifier {
    /** Entries per page (a bulk import's entry lists up to 1,000 records: ≈ 80 KB). */
    public static final int PAGE = 250;

    /** The next page of entries: {@code seq} greater than {@code afterSeq}, in order, at most {@code limit}. */
    @FunctionalInterface
    public interface Pages {
        /** The entries after {@code afterSeq}, at most {@code limit}. */
        List<AuditEntryEntity> fetch(long afterSeq, int limit);
    }

    private final Pages pages;
    private final int pageSize;
    private final Semaphore running = new Semaphore(1);

    /** A verifier reading {@code pages} of {@code pageSize} entries. */
    public AuditVerifier(Pages pages, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pages = pages;
        this.pageSize = pageSize;
    }

    /** The pages of the store: one read-only unit of work per page (the primary key's index, ascending). */
    public static Pages pages(Database db) {
        return (after, limit) -> db.read(em -> em.createQuery(
                        "select a from AuditEntryEntity a where a.seq > :s order by a.seq", AuditEntryEntity.class)
                .setParameter("s", after).setMaxResults(limit).getResultList());
    }

    /** The result, or empty when a verification is already running. */
    public Optional<AuditLog.Verification> verify() {
        if (!running.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(walk());
        } finally {
            running.release();
        }
    }

    private AuditLog.Verification walk() {
        String prev = AuditLog.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntryEntity> page = pages.fetch(expectedSeq - 1, pageSize);
            if (page.isEmpty()) {
                return new AuditLog.Verification(checked, Optional.empty(), "chain intact");
            }
            for (AuditEntryEntity a : page) {
                checked++;
                if (a.getSeq() != expectedSeq) {
                    return new AuditLog.Verification(checked, Optional.of(expectedSeq),
                            "entry " + expectedSeq + " is missing (next present: " + a.getSeq() + ")");
                }
                if (!a.getPrevHash().equals(prev)) {
                    return new AuditLog.Verification(checked, Optional.of(a.getSeq()),
                            "entry " + a.getSeq() + " does not follow the entry before it");
                }
                if (!AuditLog.hash(a).equals(a.getHash())
                        || a.getTargets() != null && !Digests.sha256(a.getTargets()).equals(a.getAfterDigest())) {
                    return new AuditLog.Verification(checked, Optional.of(a.getSeq()), "entry " + a.getSeq() + " was altered");
                }
                prev = a.getHash();
                expectedSeq++;
            }
            if (page.size() < pageSize) {
                return new AuditLog.Verification(checked, Optional.empty(), "chain intact");
            }
        }
    }
}
