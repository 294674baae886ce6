package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/**
 * One county of a roster run: {@code pending} until a worker claims it, {@code running} while a worker
 * holds its lease ({@code WORKER}, {@code LEASE_UNTIL} in epoch milliseconds, renewed while the county
 * runs), {@code done} with the stored roster's cases and total, or {@code failed} with the error after
 * too many attempts. {@code WORKERS} lists every worker that claimed it, in order (a take-over shows there).
 */
@Entity
@Table(name = "ROSTER_JOB", indexes = @Index(name = "ROSTER_JOB_STATUS", columnList = "STATUS"),
        uniqueConstraints = @UniqueConstraint(name = "ROSTER_JOB_RUN_COUNTY", columnNames = {"RUN_ID", "COUNTY"}))
public class RosterJobEntity {
    @Id
    @TableGenerator(name = "ROSTER_JOB_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "ROSTER_JOB", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ROSTER_JOB_SEQ")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "COUNTY", length = 6, nullable = false)
    private String county;

    @Column(name = "STATUS", length = 10, nullable = false)
    private String status;

    @Column(name = "WORKER", length = 100)
    private String worker;

    @Column(name = "LEASE_UNTIL")
    private Long leaseUntil;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "WORKERS", length = 1000)
    private String workers;

    @Column(name = "CASES")
    private Long cases;

    @Column(name = "TOTAL", precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "ERROR", length = 500)
    private String error;

    protected RosterJobEntity() {
    }

    public RosterJobEntity(long runId, String county) {
        this.runId = runId;
        this.county = county;
        this.status = "pending";
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public String getCounty() { return county; }
    public String getStatus() { return status; }
    public String getWorker() { return worker; }
    public Long getLeaseUntil() { return leaseUntil; }
    public int getAttempts() { return attempts; }
    public String getWorkers() { return workers; }
    public Long getCases() { return cases; }
    public BigDecimal getTotal() { return total; }
    public String getError() { return error; }
}
