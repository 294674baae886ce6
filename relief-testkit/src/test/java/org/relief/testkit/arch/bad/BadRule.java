package org.relief.testkit.arch.bad;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.rules.otherregion.OtherRegionModule;

/** Fixture breaking every rule: a framework, another rule module, the clock. */
public final class BadRule implements Rule {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Applied apply(Evaluation e) {
        String staff = new OtherRegionModule().id();
        LocalDate today = LocalDate.now();
        return Applied.result(mapper.getClass().getSimpleName() + staff + today);
    }
}
