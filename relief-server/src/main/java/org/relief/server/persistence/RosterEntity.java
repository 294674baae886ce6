package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted roster (frozen): unique per county and month, so that a second submission, from
 * whichever server, finds the first. Its lines are {@link RosterLineEntity} rows; the whole roster
 * is also kept as its snapshot JSON (reasons, overpayments, dates, trace).
 */
@Entity
@Table(name = "ROSTER", uniqueConstraints = @UniqueConstraint(name = "ROSTER_COUNTY_MONTH", columnNames = {"COUNTY", "MONTH"}))
public class RosterEntity {
    @Id
    @TableGenerator(name = "ROSTER_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "ROSTER", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ROSTER_SEQ")
    private Long id;

    @Column(name = "COUNTY", length = 6, nullable = false)
    private String county;

    @Column(name = "MONTH", length = 7, nullable = false)
    private String month;

    @Column(name = "COMPUTED_ON", nullable = false)
    private LocalDate computedOn;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    @Column(name = "SUBMITTED_BY", length = 64, nullable = false)
    private String submittedBy;

    @Column(name = "CASES", nullable = false)
    private long cases;

    @Column(name = "TOTAL", precision = 19, scale = 2, nullable = false)
    private BigDecimal total;

    @Lob
    @Column(name = "SNAPSHOT", nullable = false)
    private String snapshot;

    protected RosterEntity() {
    }

    public RosterEntity(String county, String month, LocalDate computedOn, Instant submittedAt, String submittedBy, long cases,
                        BigDecimal total, String snapshot) {
        this.county = county;
        this.month = month;
        this.computedOn = computedOn;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.cases = cases;
        this.total = total;
        this.snapshot = snapshot;
    }

    public Long getId() { return id; }
    public String getCounty() { return county; }
    public String getMonth() { return month; }
    public LocalDate getComputedOn() { return computedOn; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSnapshot() { return snapshot; }
}
