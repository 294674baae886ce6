package org.relief.core.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.Reason;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;

/**
 * One payment of a roster. Its natural key is case × month × code: no case-month is paid twice.
 *
 * @param caseId    the case
 * @param reference the county's case number
 * @param program   dibao or tekun
 * @param code      {@code dibao}/{@code tekun} (the cash benefit), {@code charityVoucher} (in kind),
 *                  {@code priceSubsidy}, {@code arrears}
 * @param amount    the amount (0 for a held case)
 * @param cash      whether it is money paid (in-kind lines are not)
 * @param held      the case is held for review ({@code HELD_FOR_REVIEW}): not paid
 * @param arrears   for an {@code arrears} line, each earlier month and its back-pay
 * @param reasons   why (a held case: {@code HELD_FOR_REVIEW} and the determination's reasons)
 * @param missing   a held case's missing inputs
 * @param refusal   a held case's refusal code, when its determination was refused
 * @param rule      the catalogue id behind the line
 * @param headId    the masked ID number of the household's head, when known (for the bank file)
 */
public record RosterLine(CaseId caseId, String reference, ProgramId program, String code, Money amount, boolean cash,
                         boolean held, List<ArrearsItem> arrears, List<Reason> reasons, List<String> missing,
                         Optional<String> refusal, String rule, Optional<String> headId) {
    /** The cash benefit of a held case is {@code HELD_FOR_REVIEW}. */
    public static final String HELD_FOR_REVIEW = "HELD_FOR_REVIEW";
    /** The back-pay line. */
    public static final String ARREARS = "arrears";
    /** The price subsidy line (NA-14). */
    public static final String PRICE_SUBSIDY = "priceSubsidy";

    /** Copies the lists. */
    public RosterLine {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
        arrears = List.copyOf(arrears);
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        refusal = Optional.ofNullable(refusal).flatMap(x -> x);
        headId = Optional.ofNullable(headId).flatMap(x -> x);
    }
}
