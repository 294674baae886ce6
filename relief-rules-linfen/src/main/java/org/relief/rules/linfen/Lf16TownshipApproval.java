package org.relief.rules.linfen;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.AmountLine;
import org.relief.core.model.Money;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * LF-16 — 临社救办发〔2015〕3号 二(八)1: 救助金额较小的，各县(市、区)民政部门可以委托乡(镇)人民政府、街道
 * 办事处审批. The county publishes what "small" means as the standard
 * {@code temporary.townshipApprovalLimit} (yuan per grant).
 *
 * <p>Interpretation: the county's publication of the limit is its delegation (委托). A temporary
 * grant at or below the limit is approved by the township or sub-district (measure
 * {@code townshipApproval}); a larger grant, or any grant where no limit is published (nothing
 * delegated), by the county civil-affairs department (measure {@code countyApproval}). The
 * temporary determination has no procedure block, so the approval level is reported as one of
 * these two measures. The amount compared is the grant as finally computed, after the annual
 * caps (LF-09): the rule sits in the slot {@code temporary.approval}, empty nationally, after the
 * grant. An unpublished limit is never {@code MISSING_STANDARD}:
 * the grant does not depend on it. No grant (undetermined or reduced to nothing): no measure.
 */
public final class Lf16TownshipApproval implements Rule {
    public static final String TOWNSHIP_APPROVAL = "townshipApproval";
    public static final String COUNTY_APPROVAL = "countyApproval";

    /**
     * LF-16 calculator: whether a grant may be approved by the township under a published limit
     * ("较小": at or below the limit).
     *
     * @throws IllegalArgumentException for a negative grant or limit
     */
    public static boolean approvableByTownship(Money grant, Money limit) {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(limit, "limit");
        if (grant.isNegative() || limit.isNegative()) {
            throw new IllegalArgumentException("金额不得为负 / amounts must not be negative: " + grant + ", " + limit);
        }
        return grant.compareTo(limit) <= 0;
    }

    @Override
    public Applied apply(Evaluation e) {
        Optional<Money> grant = e.line("grant").map(AmountLine::amount);
        if (!e.eligibility().isTrue() || !e.missingPaths().isEmpty() || grant.isEmpty()) {
            return Applied.notApplicable();
        }
        Optional<StandardValue> limit = e.standards().find(StandardKey.TOWNSHIP_APPROVAL_LIMIT.name());
        Applied trace = Applied.inputs().with("grant", grant.get());
        if (limit.isEmpty()) {
            e.measure(COUNTY_APPROVAL);
            return trace.with("townshipApprovalLimit", "not published").then("approval by the county (nothing delegated)");
        }
        BigDecimal cap = limit.get().value();
        boolean township = grant.get().amount().compareTo(cap) <= 0;
        e.measure(township ? TOWNSHIP_APPROVAL : COUNTY_APPROVAL);
        return trace.with("townshipApprovalLimit", cap.toPlainString()).then(grant.get() + (township ? " ≤ " : " > ")
                + cap.toPlainString() + ": approval by the " + (township ? "township" : "county"));
    }
}
