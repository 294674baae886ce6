package org.relief.rules.anhui;

import java.math.BigDecimal;
import org.relief.core.roster.RosterContext;
import org.relief.core.roster.RosterRule;
import org.relief.core.spi.Applied;

/**
 * AH-05 — 皖民社救字〔2022〕46号 八: the county re-checks by sampling at least 30% (不低于30%) of the
 * cases its townships decided, refused applications included. The sample itself is drawn by core's
 * {@link org.relief.core.sample.Sampler} (reproducible from its seed); this rule gives the duty and
 * the share.
 */
public final class Ah05CountySample implements RosterRule {
    /** The minimum share, 30%. */
    public static final BigDecimal SHARE = new BigDecimal("0.3");

    @Override
    public Applied apply(RosterContext c) {
        c.sampleShare(SHARE);
        return Applied.inputs().with("share", "30%").then("县级抽查不低于 30%（含申请未通过）");
    }
}
