package org.relief.core.rules.national;

import java.util.Optional;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Member;
import org.relief.core.model.Residence;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.spi.Evaluation;

/** Keys and levels of the tekun standards (NA-10), shared by the national and derived rules. */
public final class TekunStandards {
    private TekunStandards() {
    }

    /** The applicant: the case's first member. */
    public static Member applicant(Evaluation e) {
        return e.household().members().get(0);
    }

    /** NA-10: 0 items failed → 全自理, 1–3 → 半护理, 4–6 → 全护理. */
    public static SelfCareLevel level(int itemsFailed) {
        return itemsFailed == 0 ? SelfCareLevel.SELF_CARE : itemsFailed <= 3 ? SelfCareLevel.SEMI : SelfCareLevel.FULL;
    }

    /** The self-care level, or empty (with the path reported missing) when the assessment is unknown. */
    public static Optional<SelfCareLevel> level(Evaluation e) {
        Member p = applicant(e);
        if (p.selfCareItemsFailed().isEmpty()) {
            e.missing(p.path("selfCareItemsFailed"));
            return Optional.empty();
        }
        return Optional.of(level(p.selfCareItemsFailed().get()));
    }

    /**
     * Whether every input of the tekun amount is known (the self-care assessment; the unknown one is
     * reported missing). The amount's standards — basic and care, published or derived — are looked
     * up only then, so that an unknown input gives {@code undetermined}, never a missing standard or a
     * standard below its floor.
     */
    public static boolean amountInputsKnown(Evaluation e) {
        return level(e).isPresent();
    }

    /** {@code tekun.basic.<residence>.monthly} then {@code tekun.basic.monthly}. */
    public static String[] basicKeys(Evaluation e) {
        Optional<Residence> r = e.household().residence();
        return r.isPresent() ? BASIC_KEYS[r.get().ordinal()].clone() : new String[] {"tekun.basic.monthly"};
    }

    /** The keys by residence and by level and care setting, made once (issue 19: no concatenation per determination). */
    private static final String[][] BASIC_KEYS = java.util.Arrays.stream(Residence.values())
            .map(res -> new String[] {"tekun.basic." + res.code() + ".monthly", "tekun.basic.monthly"}).toArray(String[][]::new);
    private static final String[][][] CARE_KEYS = java.util.Arrays.stream(SelfCareLevel.values())
            .map(level -> java.util.Arrays.stream(CareSetting.values())
                    .map(cs -> new String[] {"tekun.care." + level.code() + "." + cs.code() + ".monthly",
                            "tekun.care." + level.code() + ".monthly"}).toArray(String[][]::new))
            .toArray(String[][][]::new);

    /** {@code tekun.care.<level>.<careSetting>.monthly} then {@code tekun.care.<level>.monthly}. */
    public static String[] careKeys(Evaluation e, SelfCareLevel level) {
        Optional<CareSetting> s = applicant(e).careSetting();
        String[][] byLevel = CARE_KEYS[level.ordinal()];
        return s.isPresent() ? byLevel[s.get().ordinal()].clone() : new String[] {byLevel[0][1]};
    }
}
