package org.relief.rules.linfen;

import java.util.Objects;
import java.util.Set;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;

/**
 * LF-05 — 临社救办发〔2015〕3号 二(四)2: the counties subsidise 100% of the contribution of eligible
 * recipients (符合条件的救助对象) to 城镇居民基本医疗保险 or 新型农村合作医疗.
 *
 * <p>A calculator, not a determination: the medical program's single slot is LF-04's per-event
 * assistance, while this subsidy is a yearly contribution paid for the person. "符合条件的救助对象"
 * is read as the recipients of the two basic-living programs the engine knows, dibao and tekun
 * (the same recipients as LF-04's medical assistance). Exact, no rounding: 100% of an amount to
 * the fen is that amount.
 */
public final class InsuranceSubsidy {
    private InsuranceSubsidy() {
    }

    /**
     * The subsidy of a person's yearly individual contribution.
     *
     * @param receiving    the programs the person's household receives
     * @param contribution the individual contribution due (non-negative)
     * @return the whole contribution for a dibao or tekun recipient, zero otherwise
     */
    public static Money subsidy(Set<ProgramId> receiving, Money contribution) {
        Objects.requireNonNull(receiving, "receiving");
        Objects.requireNonNull(contribution, "contribution");
        if (contribution.isNegative()) {
            throw new IllegalArgumentException("缴费额不得为负 / the contribution must not be negative: " + contribution);
        }
        boolean recipient = receiving.contains(ProgramId.DIBAO) || receiving.contains(ProgramId.TEKUN);
        return recipient ? contribution : Money.ZERO;
    }
}
