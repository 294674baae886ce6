package org.relief.core.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aMonthlyStandardPublishedWithoutAnEnd_holdsToTheEndOfTheNextYear() {
        assertEquals(Optional.of(d("2025-12-31")), Staleness.ofPublished(StandardKey.of("dibao.urban.monthly"), d("2024-01-01")));
        assertEquals(Optional.of(d("2025-12-31")), Staleness.ofPublished(StandardKey.of("dibao.urban.monthly"), d("2024-12-31")));
    }

    @Test
    void aFigureOfADocument_neverGoesStale() {
        assertEquals(Optional.empty(), Staleness.ofPublished(StandardKey.of("procedure.decisionWorkingDays"), d("2021-07-01")));
        assertEquals(Optional.empty(), Staleness.ofPublished(StandardKey.of("lowIncome.multiplier"), d("2021-07-01")));
    }

    @Test
    void aReportedValue_endsAtItsOwnEndIfEarlier_elseAtTheLimit() {
        assertEquals(d("2023-06-30"), Staleness.ofReported(d("2023-01-01"), Optional.of(d("2023-06-30"))));
        assertEquals(d("2024-12-31"), Staleness.ofReported(d("2023-01-01"), Optional.of(d("2026-06-30"))));
        assertEquals(d("2024-12-31"), Staleness.ofReported(d("2023-01-01"), Optional.empty()));
    }
}
