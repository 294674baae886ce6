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
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a case as recorded (append-only): its code, the date it took effect, when and by whom
 * it was recorded, and the step itself with its report as JSON (null for a step stored before schema
 * version 4, whose case keeps its whole history in its own snapshot until its next step). Unique per case and index, so that two concurrent steps on one case cannot both
 * be stored (the database decides, also across server instances).
 */
@Entity
@Table(name = "CASE_STEP", uniqueConstraints = @UniqueConstraint(name = "CASE_STEP_INDEX", columnNames = {"CASE_ID", "STEP_INDEX"}))
public class CaseStepEntity {
    @Id
    @TableGenerator(name = "CASE_STEP_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "CASE_STEP", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "CASE_STEP_SEQ")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "STEP_INDEX", nullable = false)
    private int index;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "EFFECTIVE_DATE", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    private String recordedBy;

    @Lob
    @Column(name = "BODY")
    private String body;

    protected CaseStepEntity() {
    }

    public CaseStepEntity(long caseId, int index, String code, LocalDate effectiveDate, Instant recordedAt, String recordedBy,
                          String body) {
        this.body = body;
        this.caseId = caseId;
        this.index = index;
        this.code = code;
        this.effectiveDate = effectiveDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long getCaseId() { return caseId; }
    public int getIndex() { return index; }
    public String getCode() { return code; }
    /** The step with its report as JSON ({@link SnapshotCodec}); null for a step stored before schema version 4. */
    public String getBody() { return body; }
    /** Stores the body of a step stored before schema version 4. */
    void setBody(String body) { this.body = body; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
