package org.relief.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IsoDates#valid}, the fast path of {@link IsoDates#parse}, accepts exactly what the formatter does in range. */
class IsoDatesTest {
    @Test
    void theFastPathAgreesWithTheFormatterOnEveryDayAndEveryNearMiss() {
        int checked = 0;
        for (int y : List.of(1899, 1900, 1999, 2000, 2023, 2024, 2100, 2200, 2201)) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    String text = String.format("%04d-%02d-%02d", y, m, d);
                    LocalDate formatter;
                    try {
                        formatter = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        formatter = null;
                    }
                    boolean inRange = formatter != null && y >= IsoDates.MIN_YEAR && y <= IsoDates.MAX_YEAR;
                    assertEquals(inRange ? formatter : null, IsoDates.valid(text), text);
                    if (inRange) {
                        assertEquals(formatter, IsoDates.parse(text, "date"), text);
                    } else {
                        assertThrows(InvalidInputException.class, () -> IsoDates.parse(text, "date"), text);
                    }
                    checked++;
                }
            }
        }
        assertEquals(9 * 14 * 33, checked);
        for (String odd : List.of("2024-6-01x", "2024/06/01", "+2024-06-1", "2024-06-0a", "２０２４-06-01", " 2024-0601", "")) {
            assertNull(IsoDates.valid(odd), odd);
            assertThrows(InvalidInputException.class, () -> IsoDates.parse(odd, "date"), odd);
        }
        assertNull(IsoDates.valid(null));
    }
}
