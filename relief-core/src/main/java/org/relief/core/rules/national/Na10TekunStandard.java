package org.relief.core.rules.national;

import java.util.Optional;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;

/**
 * NA-10 — the published tekun standards (民发〔2021〕43号; 国务院令第649号 第十五条): the basic living
 * standard ({@link #basic()}) and the care standard of the applicant's self-care level
 * ({@link #care()}), most specific key first. Unpublished: MISSING_STANDARD (聊城 derives them, LC-04/LC-05).
 */
public final class Na10TekunStandard implements Rule {
    private final boolean basic;

    private Na10TekunStandard(boolean basic) {
        this.basic = basic;
    }

    /** The basic living standard rule. */
    public static Na10TekunStandard basic() {
        return new Na10TekunStandard(true);
    }

    /** The care standard rule. */
    public static Na10TekunStandard care() {
        return new Na10TekunStandard(false);
    }

    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue()) {
            return Applied.notApplicable();
        }
        if (basic) {
            StandardValue v = e.standards().require(TekunStandards.basicKeys(e));
            e.put(Facts.TEKUN_BASIC, v);
            return Applied.inputs().with("key", v.key()).then("basic " + v.value().stripTrailingZeros().toPlainString());
        }
        Optional<SelfCareLevel> level = TekunStandards.level(e);
        if (level.isEmpty()) {
            return Applied.result("self-care level unknown");
        }
        StandardValue v = e.standards().require(TekunStandards.careKeys(e, level.get()));
        e.put(Facts.TEKUN_CARE, v);
        return Applied.inputs().with("selfCareItemsFailed", TekunStandards.applicant(e).selfCareItemsFailed().get())
                .with("level", level.get().code()).with("key", v.key())
                .then("care " + v.value().stripTrailingZeros().toPlainString());
    }
}
