package org.relief.core.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The county's sample re-check (AH-05, 皖民社救字〔2022〕46号 八), reproducible from its seed: size
 * k = ⌈share × n⌉ (安徽: 30%); the population ordered by the ascending lowercase hexadecimal SHA-256
 * of the UTF-8 text {@code seed + "|" + reference} (the county's case number, never a store id;
 * equal references by their case ids); the first k taken — and, when the population holds a refused
 * case and the first k hold none, the k-th replaced by the first refused case in that order
 * (含申请未通过, a reading chosen where the document is silent). The same seed and population always give
 * the same sample, whatever order the population is listed in. Pure functions.
 */
public final class CountySample {
    private CountySample() {
    }

    /** ⌈share × n⌉, exactly. */
    public static int size(int n, BigDecimal share) {
        if (n < 0 || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("n ≥ 0 and 0 ≤ share ≤ 1 required, got " + n + ", " + share);
        }
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The lowercase hexadecimal SHA-256 of {@code seed + "|" + reference} (UTF-8). */
    public static String key(String seed, String reference) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + "|" + reference).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The population in the sample's order. */
    public static List<SampleCandidate> order(String seed, List<SampleCandidate> population) {
        Objects.requireNonNull(seed, "seed");
        List<SampleCandidate> l = new ArrayList<>(population);
        l.sort(Comparator.comparing((SampleCandidate c) -> key(seed, c.reference())).thenComparing(c -> c.id().value()));
        return l;
    }

    /** The sample: the first k in order, a refused case guaranteed when the population holds one. */
    public static List<SampleCandidate> select(String seed, List<SampleCandidate> population, BigDecimal share) {
        List<SampleCandidate> ordered = order(seed, population);
        int k = size(ordered.size(), share);
        List<SampleCandidate> chosen = new ArrayList<>(ordered.subList(0, k));
        if (k > 0 && chosen.stream().noneMatch(SampleCandidate::refused)) {
            Optional<SampleCandidate> refused = ordered.stream().filter(SampleCandidate::refused).findFirst();
            refused.ifPresent(r -> chosen.set(k - 1, r));
        }
        return List.copyOf(chosen);
    }
}
