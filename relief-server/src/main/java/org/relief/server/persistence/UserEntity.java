package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** An official with a role and a jurisdiction. The bearer token is stored only as its SHA-256 hash; a revoked user keeps its row. */
@Entity
@Table(name = "APP_USER")
public class UserEntity {
    @Id
    @TableGenerator(name = "USER_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE",
            pkColumnValue = "APP_USER", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "USER_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(name = "USER_NAME", length = 100, nullable = false, unique = true)
    private String name;

    @Column(name = "ROLE", length = 30, nullable = false)
    private String role;

    @Column(name = "ADMIN_CODE", length = 12, nullable = false)
    private String adminCode;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** When the user was revoked (its token refused from then on); null while active. */
    @Column(name = "DISABLED_AT")
    private Instant disabledAt;

    protected UserEntity() {
    }

    public UserEntity(String name, String role, String adminCode, String tokenHash, Instant createdAt) {
        this.name = name;
        this.role = role;
        this.adminCode = adminCode;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getRole() { return role; }
    public String getAdminCode() { return adminCode; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDisabledAt() { return disabledAt; }

    /** Revokes the user: its token is refused from now on; the row (and the name) stays for the audit log. */
    public void disable(Instant now) {
        this.disabledAt = now;
    }

    /** A new token (its hash): the old one is refused from now on. */
    public void rotate(String newTokenHash) {
        this.tokenHash = newTokenHash;
    }
}
