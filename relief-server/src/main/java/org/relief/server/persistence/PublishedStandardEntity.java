package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One published value of a standard. Rows are only ever added: a new publication is a new row
 * with its own effective date, so the history is kept and never overwritten.
 */
@Entity
@Table(name = "PUBLISHED_STANDARD", indexes = @Index(name = "STANDARD_KEY_AREA", columnList = "STANDARD_KEY,AREA"))
public class PublishedStandardEntity {
    @Id
    @TableGenerator(name = "STANDARD_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "PUBLISHED_STANDARD", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "STANDARD_SEQ")
    private Long id;

    @Column(name = "STANDARD_KEY", length = 120, nullable = false)
    private String key;

    @Column(name = "AREA", length = 6, nullable = false)
    private String area;

    @Column(name = "EFFECTIVE_FROM", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "UNTIL_DATE")
    private LocalDate until;

    @Column(name = "STANDARD_VALUE", precision = 19, scale = 6, nullable = false)
    private BigDecimal value;

    @Column(name = "UNIT", length = 10, nullable = false)
    private String unit;

    @Column(name = "DOCUMENT_NUMBER", length = 200, nullable = false)
    private String documentNumber;

    @Column(name = "ISSUER", length = 200, nullable = false)
    private String issuer;

    @Column(name = "PUBLISHED_ON", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "SOURCE", length = 500)
    private String source;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected PublishedStandardEntity() {
    }

    public PublishedStandardEntity(String key, String area, LocalDate effectiveFrom, LocalDate until, BigDecimal value,
                                   String unit, String documentNumber, String issuer, LocalDate publishedOn,
                                   String source, Instant createdAt) {
        this.key = key;
        this.area = area;
        this.effectiveFrom = effectiveFrom;
        this.until = until;
        this.value = value;
        this.unit = unit;
        this.documentNumber = documentNumber;
        this.issuer = issuer;
        this.publishedOn = publishedOn;
        this.source = source;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getArea() { return area; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getUntil() { return until; }
    public BigDecimal getValue() { return value; }
    public String getUnit() { return unit; }
    public String getDocumentNumber() { return documentNumber; }
    public String getIssuer() { return issuer; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getSource() { return source; }
    public Instant getCreatedAt() { return createdAt; }
}
