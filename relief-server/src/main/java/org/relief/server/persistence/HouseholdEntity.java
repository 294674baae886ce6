package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A stored household. The household itself (the core record) is kept as its case-format JSON in
 * {@code body}, mapped to and from {@code org.relief.core.model.Household} by the kit's JSON
 * mapping; the columns beside it are what lists filter and sort on. Optimistic locking by
 * {@code version}; deletion is soft.
 */
@Entity
@Table(name = "HOUSEHOLD", indexes = @Index(name = "HOUSEHOLD_ADMIN_CODE", columnList = "ADMIN_CODE"))
public class HouseholdEntity {
    @Id
    @TableGenerator(name = "HOUSEHOLD_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "HOUSEHOLD", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HOUSEHOLD_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(name = "ADMIN_CODE", length = 12, nullable = false)
    private String adminCode;

    @Column(name = "LABEL", length = 200, nullable = false)
    private String label;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected HouseholdEntity() {
    }

    public HouseholdEntity(String adminCode, String label, String body, Instant now) {
        this.adminCode = adminCode;
        this.label = label;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getAdminCode() { return adminCode; }
    public String getLabel() { return label; }
    public String getBody() { return body; }
    public boolean isDeleted() { return deleted; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Replaces the content (the version is checked and raised on commit). */
    public void update(String adminCode, String label, String body, Instant now) {
        this.adminCode = adminCode;
        this.label = label;
        this.body = body;
        this.updatedAt = now;
    }

    public void markDeleted(Instant now) {
        this.deleted = true;
        this.updatedAt = now;
    }
}
