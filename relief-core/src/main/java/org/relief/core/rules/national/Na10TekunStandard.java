package org.relief.core.rules.national;

import org.relief.core.model.Money;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;

/**
 * NA-10 — the published tekun standards (民发〔2021〕43号; 国务院令第649号 第十五条): the basic living
 * standard ({@link #basic()}) and the care standard of the applicant's self-care level
 * ({@link #care()}), most specific key first. Unpublished: MISSING_STANDARD (聊城 derives them, LC-04/LC-05).
 * Looked up only for an eligible applicant whose self-care assessment is known
 * ({@link TekunStandards#amountInputsKnown}).
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
        if (!TekunStandards.amountInputsKnown(e)) {
            return Applied.result("self-care level unknown: the amount's standards are not looked up");
        }
        if (basic) {
            StandardValue v = e.standards().require(TekunStandards.basicKeys(e));
            e.put(Facts.TEKUN_BASIC, v);
            if (!e.tracing()) {
                return Applied.untraced();
            }
            return Applied.inputs().with("key", v.key()).then("basic " + Money.text(v.value()));
        }
        SelfCareLevel level = TekunStandards.level(e).orElseThrow();
        StandardValue v = e.standards().require(TekunStandards.careKeys(e, level));
        e.put(Facts.TEKUN_CARE, v);
        if (!e.tracing()) {
            return Applied.untraced();
        }
        return Applied.inputs().with("selfCareItemsFailed", TekunStandards.applicant(e).selfCareItemsFailed().get())
                .with("level", level.code()).with("key", v.key())
                .then("care " + Money.text(v.value()));
    }
}
