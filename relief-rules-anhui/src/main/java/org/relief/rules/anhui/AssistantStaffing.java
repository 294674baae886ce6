package org.relief.rules.anhui;

/**
 * AH-08 — 皖民社救字〔2022〕46号 十一: a village or community with 3,000 or more registered residents
 * (户籍人口在3000人以上, "以上" including 3,000) has one social-assistance assistant (协理员), one more for
 * each further 3,000 residents, at most three.
 *
 * <p>Result: 0 below 3,000 registered residents, else min(3, ⌊residents / 3,000⌋)
 * (counting thresholds): 2,999 → 0, 3,000 → 1, 5,999 → 1, 6,000 → 2, 9,000 → 3, 20,000 → 3. The
 * clause's yearly training duty is AH-12 (not computable).
 */
public final class AssistantStaffing {
    /** Residents per assistant. */
    public static final int RESIDENTS_PER_ASSISTANT = 3000;
    /** The cap, "最多不超过3名". */
    public static final int MAXIMUM = 3;

    private AssistantStaffing() {
    }

    /**
     * The number of assistants a village or community must have.
     *
     * @param registeredResidents 户籍人口 of the village or community, ≥ 0
     */
    public static int assistants(int registeredResidents) {
        if (registeredResidents < 0) {
            throw new IllegalArgumentException("户籍人口不能为负 / registered residents must not be negative: "
                    + registeredResidents);
        }
        return Math.min(MAXIMUM, registeredResidents / RESIDENTS_PER_ASSISTANT);
    }
}
