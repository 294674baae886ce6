package org.relief.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Member#age} counts exactly what {@code Period.between(birth, date).getYears()} does. */
class MemberAgeTest {
    @Test
    void theAgeIsPeriodsYears_onEveryDayAroundBirthdays_leapDays_andBirthsAfterTheDate() {
        LocalDate[] births = {LocalDate.of(1960, 2, 29), LocalDate.of(1964, 3, 1), LocalDate.of(2006, 12, 31),
                LocalDate.of(2008, 1, 1), LocalDate.of(2000, 2, 28)};
        int checked = 0;
        for (LocalDate b : births) {
            for (LocalDate d = b.minusYears(2); d.isBefore(b.plusYears(70)); d = d.plusDays(1)) {
                assertEquals(Period.between(b, d).getYears(), Member.age(b, d), b + " → " + d);
                checked++;
            }
        }
        Random r = new Random(19);
        for (int i = 0; i < 20_000; i++) {
            LocalDate b = LocalDate.ofEpochDay(r.nextInt(60_000) - 25_000);
            LocalDate d = LocalDate.ofEpochDay(r.nextInt(60_000) - 25_000);
            assertEquals(Period.between(b, d).getYears(), Member.age(b, d), b + " → " + d);
            checked++;
        }
        assertEquals(true, checked > 100_000);
    }
}
