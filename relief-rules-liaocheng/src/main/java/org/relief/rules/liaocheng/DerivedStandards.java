package org.relief.rules.liaocheng;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.relief.core.rules.national.Na01Medical;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.Provenance;

/**
 * Shared arithmetic of the standards 聊政字〔2020〕28号 三(二) sets as floors ("不低于"): LC-04
 * (1.3 × the dibao standard) and LC-05 (1/10, 1/6, 1/3 of the previous year's minimum wage).
 * A standard set as a floor and derived by a ratio is rounded <em>up</em> to the whole
 * yuan, so that the floor holds; benefit amounts are never rounded that way.
 */
final class DerivedStandards {
    /**
     * Reason code of a published value below its floor (the value is still used as published): the
     * code the core already uses for 临汾's medical ratio, so that one code means one thing.
     */
    static final String STANDARD_BELOW_FLOOR = Na01Medical.STANDARD_BELOW_FLOOR;

    private DerivedStandards() {
    }

    /** {@code value} rounded up to the whole yuan. */
    static BigDecimal ceilYuan(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING);
    }

    /** A derived standard value with the clause it comes from. */
    static StandardValue derived(String key, BigDecimal value, String how) {
        Provenance p = new Provenance("derived by the module: " + how, Optional.of(LiaochengModule.DOCUMENT),
                Optional.of("聊城市人民政府"), Optional.empty(), Optional.of("三(二)"));
        return new StandardValue(key, value, StandardValue.Origin.DERIVED, Optional.empty(), Optional.empty(), p);
    }

    /** Yuan as every output writes it ("931.00"). */
    static String plain(BigDecimal v) {
        return org.relief.core.model.Money.text(v);
    }
}
