package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;

/** A province's price indices for a month (NA-14), unique per province and month. */
@Entity
@Table(name = "PRICE_INDEX", uniqueConstraints = @UniqueConstraint(name = "PRICE_INDEX_PROVINCE_MONTH", columnNames = {"PROVINCE", "MONTH"}))
public class PriceIndexEntity {
    @Id
    @TableGenerator(name = "PRICE_SEQ", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_VALUE", pkColumnValue = "PRICE_INDEX", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PRICE_SEQ")
    private Long id;

    @Column(name = "PROVINCE", length = 6, nullable = false)
    private String province;

    @Column(name = "MONTH", length = 7, nullable = false)
    private String month;

    @Column(name = "CPI", precision = 7, scale = 2, nullable = false)
    private BigDecimal cpi;

    @Column(name = "FOOD_CPI", precision = 7, scale = 2, nullable = false)
    private BigDecimal foodCpi;

    @Column(name = "PUBLISHED_AT", nullable = false)
    private Instant publishedAt;

    protected PriceIndexEntity() {
    }

    public PriceIndexEntity(String province, String month, BigDecimal cpi, BigDecimal foodCpi, Instant at) {
        this.province = province;
        this.month = month;
        this.cpi = cpi;
        this.foodCpi = foodCpi;
        this.publishedAt = at;
    }

    public String getProvince() { return province; }
    public String getMonth() { return month; }
    public BigDecimal getCpi() { return cpi; }
    public BigDecimal getFoodCpi() { return foodCpi; }

    public void update(BigDecimal cpi, BigDecimal foodCpi, Instant at) {
        this.cpi = cpi;
        this.foodCpi = foodCpi;
        this.publishedAt = at;
    }
}
