package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A grant of the temporary-assistance ledger (append-only), with the core grant as its snapshot JSON. */
@Entity
@Table(name = "LEDGER_GRANT", indexes = @Index(name = "GRANT_COUNTY_YEAR", columnList = "COUNTY,GRANT_YEAR"))
public class GrantEntity {
    @Id
    private Long id;

    @Column(name = "COUNTY", length = 6, nullable = false)
    private String county;

    @Column(name = "GRANT_YEAR", nullable = false)
    private int year;

    @Column(name = "GRANT_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Lob
    @Column(name = "SNAPSHOT")
    private String snapshot;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected GrantEntity() {
    }

    public GrantEntity(long id, String county, LocalDate date, BigDecimal amount, Instant recordedAt) {
        this.id = id;
        this.county = county;
        this.year = date.getYear();
        this.date = date;
        this.amount = amount;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public String getCounty() { return county; }
    public String getSnapshot() { return snapshot; }

    public void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }
}
