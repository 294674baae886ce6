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
 * One payment of a submitted roster. Unique per case × month × line code: no case-month is ever paid
 * twice, even under concurrent submissions or several servers. An {@code arrears} line lists the
 * months it back-pays in {@code ARREARS} ({@code 2024-04=49.00;2024-05=49.00}).
 */
@Entity
@Table(name = "ROSTER_LINE", indexes = @Index(name = "ROSTER_LINE_CASE", columnList = "CASE_ID"),
        uniqueConstraints = @UniqueConstraint(name = "ROSTER_LINE_CASE_MONTH_CODE", columnNames = {"CASE_ID", "MONTH", "CODE"}))
public class RosterLineEntity {
    @Id
    @TableGenerator(name = "ROSTER_LINE_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "ROSTER_LINE", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ROSTER_LINE_SEQ")
    private Long id;

    @Column(name = "ROSTER_ID", nullable = false)
    private long rosterId;

    @Column(name = "CASE_ID", length = 64, nullable = false)
    private String caseId;

    @Column(name = "MONTH", length = 7, nullable = false)
    private String month;

    @Column(name = "CODE", length = 30, nullable = false)
    private String code;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "HELD", nullable = false)
    private boolean held;

    @Column(name = "ARREARS", length = 2000)
    private String arrears;

    protected RosterLineEntity() {
    }

    public RosterLineEntity(long rosterId, String caseId, String month, String code, BigDecimal amount, boolean held, String arrears) {
        this.rosterId = rosterId;
        this.caseId = caseId;
        this.month = month;
        this.code = code;
        this.amount = amount;
        this.held = held;
        this.arrears = arrears;
    }

    public String getCaseId() { return caseId; }
    public String getMonth() { return month; }
    public String getCode() { return code; }
    public BigDecimal getAmount() { return amount; }
    public boolean isHeld() { return held; }
    public String getArrears() { return arrears; }
}
