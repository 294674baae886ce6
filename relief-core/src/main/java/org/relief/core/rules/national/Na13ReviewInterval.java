package org.relief.core.rules.national;

import org.relief.core.model.LaborCapacity;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-13 — periodic review (民发〔2021〕57号): tekun yearly; dibao every 6 months when the household
 * declares its income unstable and some member declares full or partial labour capacity, else
 * yearly. 许昌 restates it (XC-03).
 */
public final class Na13ReviewInterval implements Rule {
    @Override
    public Applied apply(Evaluation e) {
        if (e.program().equals(ProgramId.TEKUN)) {
            e.reviewIntervalMonths(12);
            return e.tracing() ? Applied.result("tekun: yearly review") : Applied.untraced();
        }
        boolean unstable = e.household().incomeStable().map(s -> !s).orElse(false);
        boolean able = false;
        for (var m : e.household().members()) {
            LaborCapacity c = m.laborCapacity().orElse(null);
            able |= c == LaborCapacity.FULL || c == LaborCapacity.PARTIAL;
        }
        int months = unstable && able ? 6 : 12;
        e.reviewIntervalMonths(months);
        if (!e.tracing()) {
            return Applied.untraced();
        }
        return Applied.inputs().with("incomeStable", e.household().incomeStable().map(String::valueOf).orElse("not declared"))
                .with("memberAbleToWork", able).then("review every " + months + " months");
    }
}
