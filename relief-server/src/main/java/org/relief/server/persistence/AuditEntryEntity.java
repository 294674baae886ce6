package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit log. {@code hash} covers every other column and the previous
 * entry's hash, so editing or deleting any entry breaks the chain from there on. (The previous area,
 * a later column, is hashed only when present, so entries written before it verify unchanged.) A bulk
 * import's entry lists its records in {@code targets}, one line each with the digest of its state; its
 * {@code afterDigest} is the digest of that text, so the hash covers the list through it.
 */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = {@Index(name = "AUDIT_ADMIN_CODE", columnList = "ADMIN_CODE"),
        @Index(name = "AUDIT_PREVIOUS_ADMIN_CODE", columnList = "PREVIOUS_ADMIN_CODE")})
public class AuditEntryEntity {
    @Id
    @Column(name = "SEQ")
    private long seq;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    private String actor;

    @Column(name = "ROLE", length = 30, nullable = false)
    private String role;

    @Column(name = "ACTION", length = 60, nullable = false)
    private String action;

    @Column(name = "TARGET", length = 100, nullable = false)
    private String target;

    @Column(name = "ADMIN_CODE", length = 12, nullable = false)
    private String adminCode;

    /** For a record moved to another area: the area before (null otherwise); its auditors see the entry too. */
    @Column(name = "PREVIOUS_ADMIN_CODE", length = 12)
    private String previousAdminCode;

    @Column(name = "BEFORE_DIGEST", length = 64, nullable = false)
    private String beforeDigest;

    @Column(name = "AFTER_DIGEST", length = 64, nullable = false)
    private String afterDigest;

    @Column(name = "PREV_HASH", length = 64, nullable = false)
    private String prevHash;

    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    /** For an entry of a batch: its records, one line each ({@code target digest}); null otherwise. */
    @Lob
    @Column(name = "TARGETS")
    private String targets;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(long seq, Instant at, String actor, String role, String action, String target, String adminCode,
                            String previousAdminCode, String beforeDigest, String afterDigest, String prevHash, String hash) {
        this(seq, at, actor, role, action, target, adminCode, previousAdminCode, beforeDigest, afterDigest, prevHash, hash, null);
    }

    /** An entry listing the records of a batch in {@code targets} (see {@link AuditLog#appendBatch}). */
    public AuditEntryEntity(long seq, Instant at, String actor, String role, String action, String target, String adminCode,
                            String previousAdminCode, String beforeDigest, String afterDigest, String prevHash, String hash,
                            String targets) {
        this.targets = targets;
        this.previousAdminCode = previousAdminCode;
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.role = role;
        this.action = action;
        this.target = target;
        this.adminCode = adminCode;
        this.beforeDigest = beforeDigest;
        this.afterDigest = afterDigest;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public long getSeq() { return seq; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getRole() { return role; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public String getAdminCode() { return adminCode; }
    public String getPreviousAdminCode() { return previousAdminCode; }
    public String getBeforeDigest() { return beforeDigest; }
    public String getAfterDigest() { return afterDigest; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
    public String getTargets() { return targets; }
}
