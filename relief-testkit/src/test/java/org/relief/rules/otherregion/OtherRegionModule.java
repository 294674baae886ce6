package org.relief.rules.otherregion;

import java.time.LocalDate;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Validity;

/** Fixture: "another region's" rule module, which the bad fixture wrongly reuses. */
public final class OtherRegionModule implements RuleModule {
    /** A constant the bad fixture reads. */
    public static final int STAFF_PER_VILLAGE = 2;

    @Override
    public String id() {
        return "otherregion";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String name() {
        return "他区";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(AdminCode.of("970000"));
    }

    @Override
    public Validity validity() {
        return Validity.from(LocalDate.of(2020, 1, 1));
    }

    @Override
    public void register(RuleRegistrar registrar) {
    }
}
