package org.relief.core.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relief.core.calendar.HolidayCalendar;
import org.relief.core.engine.Reason;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.Standards;

/**
 * What the rules of one roster read and record: the county, the month, the day the roster is
 * computed, the standards in force on the month's first day as known that day, the month's price
 * indices; the price rise that triggers a subsidy, the payment dates, the roster's reasons.
 */
public final class RosterContext {
    private final AdminCode county;
    private final YearMonth month;
    private final LocalDate computedOn;
    private final HolidayCalendar calendar;
    private final Standards standards;
    private final Optional<PriceIndex> prices;
    private String currentRule = "";
    Optional<BigDecimal> priceRise = Optional.empty();
    String priceRule = "";
    Optional<PaymentDates> dates = Optional.empty();
    Optional<BigDecimal> sampleShare = Optional.empty();
    final List<Reason> reasons = new ArrayList<>();

    RosterContext(AdminCode county, YearMonth month, LocalDate computedOn, HolidayCalendar calendar, Standards standards,
                  Optional<PriceIndex> prices) {
        this.county = county;
        this.month = month;
        this.computedOn = computedOn;
        this.calendar = calendar;
        this.standards = standards;
        this.prices = prices;
    }

    /** The county. */
    public AdminCode county() {
        return county;
    }

    /** The month paid. */
    public YearMonth month() {
        return month;
    }

    /** The day the roster is computed. */
    public LocalDate computedOn() {
        return computedOn;
    }

    /** The national working-day calendar. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The standards in force on the month's first day for the county, as known on {@link #computedOn()}. */
    public Standards standards() {
        return standards;
    }

    /** The province's price indices for the month, once published. */
    public Optional<PriceIndex> prices() {
        return prices;
    }

    /** The price rise (percent) that triggers this month's subsidy, attributed to the rule being applied. */
    public void priceRise(BigDecimal percent) {
        priceRise = Optional.of(percent);
        priceRule = currentRule;
    }

    /** The county sample's minimum share of the township decisions (安徽 AH-05: 0.3). */
    public void sampleShare(BigDecimal share) {
        sampleShare = Optional.of(share);
    }

    /** The share a sample rule set. */
    public Optional<BigDecimal> sampleShare() {
        return sampleShare;
    }

    /** A context for the county sample of a month (no standards or prices needed). */
    public static RosterContext forSample(AdminCode county, YearMonth month, HolidayCalendar calendar) {
        return new RosterContext(county, month, month.atDay(1), calendar, null, Optional.empty());
    }

    /** The payment calendar of the roster. */
    public void dates(PaymentDates value) {
        dates = Optional.of(value);
    }

    /** A reason on the roster, attributed to the rule being applied. */
    public void reason(String code, String messageZh, String messageEn) {
        reasons.add(new Reason(code, messageZh, messageEn, currentRule));
    }

    void enterRule(String id) {
        currentRule = id;
    }
}
