package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/**
 * A roster run: the county rosters of one region (a city, a province or a county) for one month,
 * each county a {@link RosterJobEntity} that any server's worker may claim. Who created it and in
 * which role is kept, because each county's submission is audited in their name.
 */
@Entity
@Table(name = "ROSTER_RUN")
public class RosterRunEntity {
    @Id
    @TableGenerator(name = "ROSTER_RUN_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "ROSTER_RUN", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ROSTER_RUN_SEQ")
    private Long id;

    @Column(name = "REGION", length = 6, nullable = false)
    private String region;

    @Column(name = "MONTH", length = 7, nullable = false)
    private String month;

    @Column(name = "COMPUTED_ON", nullable = false)
    private LocalDate computedOn;

    @Column(name = "COUNTIES", nullable = false)
    private int counties;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_ROLE", length = 30, nullable = false)
    private String createdRole;

    /** Epoch milliseconds of the server that created it. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    protected RosterRunEntity() {
    }

    public RosterRunEntity(String region, String month, LocalDate computedOn, int counties, String createdBy, String createdRole,
                           long createdAt) {
        this.region = region;
        this.month = month;
        this.computedOn = computedOn;
        this.counties = counties;
        this.createdBy = createdBy;
        this.createdRole = createdRole;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getRegion() { return region; }
    public String getMonth() { return month; }
    public LocalDate getComputedOn() { return computedOn; }
    public int getCounties() { return counties; }
    public String getCreatedBy() { return createdBy; }
    public String getCreatedRole() { return createdRole; }
    public long getCreatedAt() { return createdAt; }
}
