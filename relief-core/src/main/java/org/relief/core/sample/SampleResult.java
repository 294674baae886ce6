package org.relief.core.sample;

import java.time.YearMonth;
import java.util.List;
import org.relief.core.model.AdminCode;

/**
 * A drawn sample.
 *
 * @param county     the county
 * @param month      the month whose township decisions are re-checked
 * @param seed       the seed it was drawn with
 * @param population the cases it was drawn from, in the sample's order
 * @param selected   the cases selected, in the sample's order
 * @param rule       the catalogue id of the duty (安徽 AH-05)
 */
public record SampleResult(AdminCode county, YearMonth month, String seed, List<SampleCandidate> population,
                           List<SampleCandidate> selected, String rule) {
    /** Copies the lists. */
    public SampleResult {
        population = List.copyOf(population);
        selected = List.copyOf(selected);
    }

    /** The sample size. */
    public int size() {
        return selected.size();
    }
}
