package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** AH-05 (皖民社救字〔2022〕46号 八): sampling of township decisions, ≥ 30%, rejected cases included. */
class SamplingCalculatorTest {
    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("C%03d", i)).toList();
    }

    @Test
    void AH05_minimumIsThirtyPercentRoundedUp() {
        assertEquals(0, SamplingCalculator.minimumSample(0));
        assertEquals(1, SamplingCalculator.minimumSample(1));   // 0.3 → 1
        assertEquals(3, SamplingCalculator.minimumSample(10));  // 3.0 exactly
        assertEquals(4, SamplingCalculator.minimumSample(11));  // 3.3 → 4
        assertEquals(30, SamplingCalculator.minimumSample(100));
        assertEquals(31, SamplingCalculator.minimumSample(101)); // 30.3 → 31
        assertEquals(644245095, SamplingCalculator.minimumSample(Integer.MAX_VALUE)); // ⌈0.3 × 2147483647⌉ = ⌈644245094.1⌉
    }

    @Test
    void AH05_rejectedApplicationsAreInTheBase() {
        // 7 approved + 4 rejected = 11 ⇒ ⌈3.3⌉ = 4 (not ⌈2.1⌉ + ⌈1.2⌉ = 5, not ⌈2.1⌉ = 3 of the approved alone)
        assertEquals(4, SamplingCalculator.minimumSample(7, 4));
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.minimumSample(-1));
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.minimumSample(3, -1));
    }

    @Test
    void AH05_sameSeedSameSample_independentOfListOrder() {
        List<String> ids = ids(20);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.reverse(shuffled);
        List<String> a = SamplingCalculator.sample(ids, "42");
        assertEquals(6, a.size()); // ⌈0.3 × 20⌉ = 6
        assertEquals(a, SamplingCalculator.sample(ids, "42"));
        assertEquals(a, SamplingCalculator.sample(shuffled, "42"));
        assertEquals(6, new HashSet<>(a).size());
        assertTrue(ids.containsAll(a));
        // different seeds give different samples here (checked once; C(20,6) = 38760 possible samples)
        assertNotEquals(a, SamplingCalculator.sample(ids, "43"));
    }

    @Test
    void AH05_sampleIsPinned_soThatItStaysReproducibleAcrossVersions() {
        // SHA-256 is fixed: this exact sample must never change.
        List<String> pinned = SamplingCalculator.sample(ids(10), "2022");
        assertEquals(3, pinned.size());
        assertEquals(pinned, SamplingCalculator.sample(ids(10), "2022"));
        assertEquals(PINNED_2022, pinned);
    }

    // SHA-256("2022|C001") … ("2022|C010") in ascending order (python hashlib): C007 01df2043…, C001 2f2f70e0…, C009 39bfec18…, C006 75150cc7…, C005 76b69789…, C004 812e3fbc…, C008 845e6bdb…, C003 b4965881…, C002 d49fc3ee…, C010 d774938f…
    // the first ⌈0.3 × 10⌉ = 3.
    static final List<String> PINNED_2022 = List.of("C007", "C001", "C009");

    @Test
    void AH05_largerSampleAllowed_belowMinimumOrDuplicatesRefused() {
        assertEquals(10, SamplingCalculator.sample(ids(10), "1", 10).size());
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.sample(ids(10), "1", 2));
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.sample(ids(10), "1", 11));
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.sample(List.of("A", "A"), "1"));
        assertThrows(IllegalArgumentException.class, () -> SamplingCalculator.sample(List.of("A", " "), "1"));
        assertEquals(List.of(), SamplingCalculator.sample(List.of(), "1"));
    }
}
