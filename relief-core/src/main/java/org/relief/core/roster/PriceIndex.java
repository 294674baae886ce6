package org.relief.core.roster;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.relief.core.model.AdminCode;

/**
 * A province's price indices for one month (NA-14): the year-on-year rise of the consumer price index
 * and of its food part, in percent ({@code 3.6} = 3.6%).
 *
 * @param province the province code ({@code 340000})
 * @param month    the month
 * @param cpi      CPI rise, percent
 * @param foodCpi  food CPI rise, percent
 */
public record PriceIndex(AdminCode province, YearMonth month, BigDecimal cpi, BigDecimal foodCpi) {
    /** Requires every part; the codes must be a province's. */
    public PriceIndex {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(cpi, "cpi");
        Objects.requireNonNull(foodCpi, "foodCpi");
        if (!province.isProvince() || province.isNational()) {
            throw new IllegalArgumentException("price indices are published for a province (xx0000), got " + province);
        }
    }
}
