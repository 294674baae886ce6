package org.relief.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relief.core.lifecycle.CaseId;

/** AH-05's selection: ⌈30% × n⌉ in the SHA-256 order of seed|reference, a refused case guaranteed. */
class CountySampleTest {
    private static final BigDecimal SHARE = new BigDecimal("0.3");

    // SHA-256("audit-2024-05|R-xx"), ascending (python hashlib, first 12 hex digits):
    // R-04 14a7dc66b8fb, R-03 27737a24cd32, R-07 3ac00011bb04, R-06 4066d5536b30, R-09 565c42fd6165,
    // R-05 873d036c6731, R-02 95627fdebf7a, R-10 af3d8cb23557, R-01 eb3a46f0c54f, R-08 f86bb20d19fc
    private static List<SampleCandidate> population(int refused) {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> new SampleCandidate(CaseId.of("id" + (100 - i)),
                String.format("R-%02d", i), i == refused)).toList();
    }

    private static List<String> refs(List<SampleCandidate> l) {
        return l.stream().map(SampleCandidate::reference).toList();
    }

    @Test
    void AH05_sizeIsThirtyPercentRoundedUp() {
        assertEquals(3, CountySample.size(10, SHARE));
        assertEquals(4, CountySample.size(11, SHARE));
        assertEquals(1, CountySample.size(1, SHARE));
        assertEquals(0, CountySample.size(0, SHARE));
        assertThrows(IllegalArgumentException.class, () -> CountySample.size(-1, SHARE));
    }

    @Test
    void AH05_firstKInTheShaOrder_whateverTheListOrder() {
        assertEquals("14a7dc66b8fb", CountySample.key("audit-2024-05", "R-04").substring(0, 12));
        List<SampleCandidate> p = population(4);                 // R-04 refused: already among the first three
        assertEquals(List.of("R-04", "R-03", "R-07"), refs(CountySample.select("audit-2024-05", p, SHARE)));
        List<SampleCandidate> reversed = new ArrayList<>(p);
        Collections.reverse(reversed);
        assertEquals(List.of("R-04", "R-03", "R-07"), refs(CountySample.select("audit-2024-05", reversed, SHARE)));
    }

    @Test
    void AH05_aRefusedCaseReplacesTheKth_whenNoneIsAmongTheFirstK() {
        // R-10 is the only refused case, 8th in order: it replaces the 3rd
        assertEquals(List.of("R-04", "R-03", "R-10"), refs(CountySample.select("audit-2024-05", population(10), SHARE)));
        // no refused case in the population: the first three
        assertEquals(List.of("R-04", "R-03", "R-07"), refs(CountySample.select("audit-2024-05", population(0), SHARE)));
    }

    @Test
    void AH05_equalReferencesAreOrderedByCaseId() {
        List<SampleCandidate> p = List.of(new SampleCandidate(CaseId.of("b"), "R-01", false),
                new SampleCandidate(CaseId.of("a"), "R-01", false));
        assertEquals(List.of(CaseId.of("a"), CaseId.of("b")),
                CountySample.order("x", p).stream().map(SampleCandidate::id).toList());
    }
}
