package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.server.audit.Digests;


/**
 * The tamper-evident audit log: every change is appended in the same transaction as the change,
 * carrying the hash of the previous entry. {@link AuditVerifier} recomputes the chain and reports
 * the first broken link. Callers serialise writes (one writer at a time) so that the chain never forks.
 */
public final class AuditLog {
    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final Clock clock;
    /** The last entry appended in each open unit of work (several appends in one transaction chain in order). */
    private final Map<EntityManager, AuditEntryEntity> pending =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * What changed: who, in which role, what, where ({@code adminCode}; {@code previousAdminCode}
     * when the record moved from another area, else null), and the state before and after (stored
     * as digests).
     */
    public record Change(String actor, String role, String action, String target, String adminCode,
                         String previousAdminCode, String before, String after) {
        /** A change that stays in one area. */
        public Change(String actor, String role, String action, String target, String adminCode, String before,
                      String after) {
            this(actor, role, action, target, adminCode, null, before, after);
        }
    }

    /** Appends an entry for {@code change} inside the caller's transaction. */
    public AuditEntryEntity append(EntityManager em, Change change) {
        AuditEntryEntity e = entry(head(em), now(), change, change.after() == null ? "" : Digests.sha256(change.after()), null);
        em.persist(e);
        pending.put(em, e);
        return e;
    }

    /**
     * A record created in a batch: its target ({@code household:17}), its area, and the SHA-256 of its state after
     * ({@link Digests#sha256}, computed by the caller: a bulk import computes it while it validates, beside the thread
     * that stores).
     */
    public record BatchItem(String target, String adminCode, String afterDigest) {
    }

    /** A record listed in a batch entry: its target and the SHA-256 of its state after the change. */
    public record Listed(String target, String afterDigest) {
        /** The record's line in the entry's targets: the target, a space, the digest, a line feed. */
        void appendTo(StringBuilder targets) {
            targets.append(target).append(' ').append(afterDigest).append('\n');
        }

        /** The records of a batch entry's targets, in order. */
        public static List<Listed> parse(String targets) {
            return targets.lines().map(l -> {
                int space = l.lastIndexOf(' ');
                return new Listed(l.substring(0, space), l.substring(space + 1));
            }).toList();
        }
    }

    /**
     * Appends the entries of a batch of creations inside the caller's transaction: one entry per area
     * (in the order the areas first appear), whose {@code targets} lists that area's records in order,
     * one line each ({@link Listed}): the target, a space, the SHA-256 of its state. The entry's {@code target} is
     * {@code collection} (e.g. {@code households}), its after-digest the SHA-256 of that list, so that
     * the chain covers every record's state and each area's auditors see exactly their records. The
     * entries go in as one JDBC batch ({@link JdbcBatch}) — for bulk imports.
     */
    public void appendBatch(EntityManager em, String actor, String role, String action, String collection,
                            List<BatchItem> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, StringBuilder> byArea = new LinkedHashMap<>();
        for (BatchItem item : items) {
            new Listed(item.target(), item.afterDigest())
                    .appendTo(byArea.computeIfAbsent(item.adminCode(), a -> new StringBuilder(4096)));
        }
        AuditEntryEntity head = head(em);
        Instant at = now();
        byte[] atBytes = JdbcBatch.instant(at);
        Connection c = JdbcBatch.connection(em);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO AUDIT_ENTRY (SEQ, OCCURRED_AT, ACTOR, ROLE, ACTION, TARGET, "
                + "ADMIN_CODE, PREVIOUS_ADMIN_CODE, BEFORE_DIGEST, AFTER_DIGEST, PREV_HASH, HASH, TARGETS) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?, ?, ?)")) {
            for (Map.Entry<String, StringBuilder> area : byArea.entrySet()) {
                String targets = area.getValue().toString();
                head = entry(head, at, new Change(actor, role, action, collection, area.getKey(), null, null, null),
                        Digests.sha256(targets), targets);
                p.setLong(1, head.getSeq());
                p.setBytes(2, atBytes);
                p.setString(3, head.getActor());
                p.setString(4, head.getRole());
                p.setString(5, head.getAction());
                p.setString(6, head.getTarget());
                p.setString(7, head.getAdminCode());
                p.setString(8, head.getAfterDigest());
                p.setString(9, head.getPrevHash());
                p.setString(10, head.getHash());
                p.setString(11, targets);
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("appending the audit entries of " + items.size() + " records failed", e);
        }
        pending.put(em, head);
    }

    /** The last entry of the chain as this unit of work sees it (null before the first). */
    private AuditEntryEntity head(EntityManager em) {
        AuditEntryEntity head = pending.get(em);
        if (head == null) {
            // MAX on the primary key reads the end of its index (ORDER BY … DESC would sort the whole table).
            Long last = em.createQuery("select max(a.seq) from AuditEntryEntity a", Long.class).getSingleResult();
            head = last == null ? null : em.find(AuditEntryEntity.class, last);
        }
        return head;
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The entry after {@code head} for {@code change} with its after-digest (and a batch's targets), its hash computed. */
    private static AuditEntryEntity entry(AuditEntryEntity head, Instant at, Change change, String after, String targets) {
        long seq = head == null ? 1 : head.getSeq() + 1;
        String prev = head == null ? GENESIS : head.getHash();
        String before = change.before() == null ? "" : Digests.sha256(change.before());
        AuditEntryEntity e = new AuditEntryEntity(seq, at, change.actor(), change.role(), change.action(), change.target(),
                change.adminCode(), change.previousAdminCode(), before, after, prev, null);
        return new AuditEntryEntity(seq, at, change.actor(), change.role(), change.action(), change.target(),
                change.adminCode(), change.previousAdminCode(), before, after, prev, hash(e), targets);
    }

    /** The result of a verification: the number of entries checked and the first broken link, if any. */
    public record Verification(long entries, Optional<Long> firstBrokenSeq, String message) {
        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    /**
     * The hash an entry must carry: over every column but the hash itself (a batch's targets through its
     * after-digest, which {@link AuditVerifier} checks against them), and the previous entry's hash.
     */
    static String hash(AuditEntryEntity a) {
        String fields = String.join("\u001f", Long.toString(a.getSeq()), a.getAt().toString(), a.getActor(), a.getRole(),
                a.getAction(), a.getTarget(), a.getAdminCode(), a.getBeforeDigest(), a.getAfterDigest(), a.getPrevHash());
        return Digests.sha256(a.getPreviousAdminCode() == null ? fields : fields + "\u001f" + a.getPreviousAdminCode());
    }
}
