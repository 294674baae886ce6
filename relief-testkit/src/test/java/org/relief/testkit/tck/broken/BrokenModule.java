package org.relief.testkit.tck.broken;

import java.time.LocalDate;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.Validity;

/** Base of the deliberately broken modules the TCK is tested against (region 980000, from 2020). */
abstract class BrokenModule implements RuleModule {
    @Override
    public String id() {
        return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public String name() {
        return "故障测试模块";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(AdminCode.of("980000"));
    }

    @Override
    public Validity validity() {
        return Validity.from(LocalDate.of(2020, 1, 1));
    }
}
