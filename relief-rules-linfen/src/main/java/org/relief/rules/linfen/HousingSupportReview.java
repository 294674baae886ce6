package org.relief.rules.linfen;

import java.time.LocalDate;
import java.util.Objects;

/**
 * LF-13 — 临社救办发〔2015〕3号 二(六)2: a household with urban housing support (城镇住房保障) that buys
 * commercial housing must go through the exit procedure (必须办理住房保障退出手续); housing support is
 * reviewed every year (年度复核).
 *
 * <p>A calculator: the case format has no housing-support status or purchase, so no determination
 * carries it. "年度" is read as one year after the previous review (a review on 29 February is due
 * on 28 February of the next year).
 */
public final class HousingSupportReview {
    /** Months between two reviews. */
    public static final int REVIEW_INTERVAL_MONTHS = 12;

    private HousingSupportReview() {
    }

    /** Whether the household must exit urban housing support. */
    public static boolean mustExit(boolean receivesUrbanHousingSupport, boolean boughtCommercialHousing) {
        return receivesUrbanHousingSupport && boughtCommercialHousing;
    }

    /** The date the next yearly review is due. */
    public static LocalDate nextReviewDue(LocalDate lastReview) {
        Objects.requireNonNull(lastReview, "lastReview");
        return lastReview.plusMonths(REVIEW_INTERVAL_MONTHS);
    }
}
