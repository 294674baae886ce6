package org.relief.rules.anhui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * AH-05 — 皖民社救字〔2022〕46号 八: the county civil-affairs department re-checks, by sampling, the
 * cases its townships decided (审核确认), applications that were not approved included (含申请未通过),
 * at a share of not less than 30% (不低于30%).
 *
 * <p>Interpretation: the base is every case the township decided in the period, approved and rejected
 * alike; the minimum sample is 30% of it rounded <em>up</em> to a whole case, since a smaller number
 * would fall below the share ({@code ⌈0.3 × n⌉}: 10 → 3, 11 → 4, 1 → 1, 0 → 0). The document does not
 * say how cases are chosen; {@link #sample} offers a reproducible random choice — the same case ids
 * and seed always give the same sample, whatever the order the ids are listed in — so that a sample
 * can be audited afterwards.
 *
 * <p>The other half of the clause (the township's joint review group meets at least monthly) is an
 * organisational duty with nothing to compute. Pure functions; invalid input is an
 * {@link IllegalArgumentException} with a zh-CN and English message.
 */
public final class SamplingCalculator {
    /** The minimum share, 30%, as numerator over 10. */
    private static final int SHARE_TENTHS = 3;

    private SamplingCalculator() {
    }

    /**
     * The minimum number of cases to re-check: ⌈30% × decided⌉.
     *
     * @param decided every case the townships decided, rejected applications included; ≥ 0
     */
    public static int minimumSample(int decided) {
        if (decided < 0) {
            throw new IllegalArgumentException("审核确认案件数不能为负 / the number of decided cases must not be negative: " + decided);
        }
        // ⌈3n / 10⌉ in integer arithmetic (exact; n ≤ Integer.MAX_VALUE fits in a long).
        return (int) ((SHARE_TENTHS * (long) decided + 9) / 10);
    }

    /**
     * The minimum sample when approved and rejected cases are counted separately: both are in the
     * base (含申请未通过), so ⌈30% × (approved + rejected)⌉ — not 30% of each rounded up separately.
     */
    public static int minimumSample(int approved, int rejected) {
        if (approved < 0 || rejected < 0) {
            throw new IllegalArgumentException("案件数不能为负 / case counts must not be negative: approved " + approved
                    + ", rejected " + rejected);
        }
        return minimumSample(Math.addExact(approved, rejected));
    }

    /**
     * A reproducible sample of the minimum size {@link #minimumSample(int)}: the references in the
     * order of core's {@link org.relief.core.sample.CountySample} (ascending SHA-256 of
     * {@code seed + "|" + reference}), the first ones taken. The same references and seed give the
     * same sample whatever order they are listed in. (The case store's sampler, which also
     * guarantees a refused case, is {@link org.relief.core.sample.Sampler}.)
     */
    public static List<String> sample(List<String> references, String seed) {
        return sample(references, seed, minimumSample(references == null ? 0 : references.size()));
    }

    /**
     * The first {@code size} references in the sample's order.
     *
     * @param references every decided case's number (approved and rejected), each once, none blank
     * @param size       at least {@link #minimumSample(int)} of the list's size, at most its size
     */
    public static List<String> sample(List<String> references, String seed, int size) {
        if (references == null || seed == null) {
            throw new IllegalArgumentException("案件编号列表和种子不能为空值 / references and seed must not be null");
        }
        Set<String> seen = new HashSet<>();
        for (String id : references) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("案件编号不能为空 / a case number must not be blank");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("案件编号重复 / duplicate case number: " + id);
            }
        }
        int minimum = minimumSample(references.size());
        if (size < minimum || size > references.size()) {
            throw new IllegalArgumentException("抽查数量须在 " + minimum + " 至 " + references.size() + " 之间 / sample size must be "
                    + "between " + minimum + " (30%, rounded up) and " + references.size() + ", got " + size);
        }
        List<String> ordered = new ArrayList<>(references);
        ordered.sort(java.util.Comparator.comparing(r -> org.relief.core.sample.CountySample.key(seed, r)));
        return List.copyOf(ordered.subList(0, size));
    }
}
