package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/**
 * An integrity record of a case (append-only): a dishonesty record (失信记录) or a staff-relative
 * filing, with the fields the credit platform's export needs (masked ID numbers only).
 */
@Entity
@Table(name = "CASE_RECORD", indexes = @Index(name = "CASE_RECORD_COUNTY", columnList = "COUNTY,CODE"))
public class RecordEntity {
    @Id
    @TableGenerator(name = "RECORD_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "CASE_RECORD", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "RECORD_SEQ")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "COUNTY", length = 6, nullable = false)
    private String county;

    @Column(name = "CODE", length = 30, nullable = false)
    private String code;

    @Column(name = "RECORD_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "FIELDS", length = 2000, nullable = false)
    private String fields;

    protected RecordEntity() {
    }

    public RecordEntity(long caseId, String county, String code, LocalDate date, String fields) {
        this.caseId = caseId;
        this.county = county;
        this.code = code;
        this.date = date;
        this.fields = fields;
    }

    public long getCaseId() { return caseId; }
    public String getCounty() { return county; }
    public String getCode() { return code; }
    public LocalDate getDate() { return date; }
    public String getFields() { return fields; }
}
