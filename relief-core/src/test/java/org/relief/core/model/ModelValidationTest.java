package org.relief.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void idNumber_valid_withX_checkDigit_and_birthDate() {
        IdNumber id = new IdNumber("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("110105", id.areaCode());
        assertEquals("110105********002X", id.masked());
        assertEquals("110105********002X", id.toString(), "toString never shows the full number");
        assertEquals(new IdNumber("11010519491231002x"), id, "lower-case x is read as X");
    }

    @Test
    void idNumber_wrongCheckDigit_isInvalidIdNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new IdNumber("110105194912310021"));
        assertEquals(RefusalCode.INVALID_ID_NUMBER, e.code());
        assertTrue(e.messageEn().contains("check digit"), e.getMessage());
    }

    @Test
    void idNumber_impossibleDate_isInvalidIdNumber() {
        // 1999-02-30 does not exist; check digit computed for these 17 digits.
        String first17 = "11010519990230001";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new IdNumber(first17 + IdNumber.checkDigit(first17)));
        assertEquals(RefusalCode.INVALID_ID_NUMBER, e.code());
        assertTrue(e.messageEn().contains("impossible birth date"), e.getMessage());
    }

    @Test
    void idNumber_29February_onlyInLeapYears() {
        assertEquals(LocalDate.of(2000, 2, 29), new IdNumber("110105200002290013").birthDate());
        String notLeap = "11010519000229001"; // 1900 is not a leap year
        assertThrows(InvalidInputException.class, () -> new IdNumber(notLeap + IdNumber.checkDigit(notLeap)));
    }

    @Test
    void idNumber_wrongLength_andAbolishedAreaAccepted() {
        assertThrows(InvalidInputException.class, () -> new IdNumber("11010519491231002"));
        assertThrows(InvalidInputException.class, () -> new IdNumber("1101051949123100201"));
        // 411023 (许昌县) was abolished in 2016 (now 建安区); people keep their number.
        String old = "41102319800101001";
        assertEquals("411023", new IdNumber(old + IdNumber.checkDigit(old)).areaCode());
    }

    @Test
    void idNumber_parse_namesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IdNumber.parse("110105194912310021", "members[p1].idNumber"));
        assertEquals("members[p1].idNumber", e.field());
        assertEquals(RefusalCode.INVALID_ID_NUMBER, e.code());
    }

    @Test
    void member_birthDateFromIdNumber_andContradictionNamesBoth() {
        Member m = Member.builder("p1").idNumber(new IdNumber("411082196001011238")).build();
        assertEquals(Optional.of(LocalDate.of(1960, 1, 1)), m.birthDate());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Member.builder("p1")
                .idNumber(new IdNumber("411082196001011238")).birthDate(LocalDate.of(1960, 1, 2)).build());
        assertEquals(RefusalCode.INVALID_INPUT, e.code());
        assertEquals("members[p1].birthDate", e.field());
        assertTrue(e.messageEn().contains("idNumber"), e.getMessage());
    }

    @Test
    void member_unknownIsNotNone() {
        Member unknown = Member.builder("p1").build();
        assertTrue(unknown.incomes().isEmpty(), "incomes never declared: unknown");
        assertTrue(unknown.supporter().isEmpty());
        assertTrue(unknown.laborCapacity().isEmpty());
        assertTrue(unknown.selfCareItemsFailed().isEmpty());
        assertEquals(Employment.NONE, unknown.employment(), "employment absent = none declared");
        Member none = Member.builder("p1").noIncome().build();
        assertEquals(Optional.of(List.of()), none.incomes(), "an empty list means no income");
    }

    @Test
    void member_selfCareItemsOutOfRange_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Member.builder("p2").selfCareItemsFailed(7).build());
        assertEquals("members[p2].selfCareItemsFailed", e.field());
    }

    @Test
    void member_ageOn_birthday29February_countsOn1March() {
        Member m = Member.builder("p1").birthDate(LocalDate.of(1964, 2, 29)).build();
        assertEquals(Optional.of(59), m.ageOn(LocalDate.of(2024, 2, 28)));
        assertEquals(Optional.of(60), m.ageOn(LocalDate.of(2024, 2, 29)));
        assertEquals(Optional.of(61), m.ageOn(LocalDate.of(2025, 3, 1)));
        Member n = Member.builder("p2").birthDate(LocalDate.of(1960, 2, 29)).build();
        assertEquals(Optional.of(59), n.ageOn(LocalDate.of(2020, 2, 28)));
        assertEquals(Optional.of(60), n.ageOn(LocalDate.of(2020, 2, 29)));
        Member o = Member.builder("p3").birthDate(LocalDate.of(1964, 2, 29)).build();
        assertEquals(Optional.of(60), o.ageOn(LocalDate.of(2024, 3, 1)));
        Member q = Member.builder("p4").birthDate(LocalDate.of(1963, 2, 28)).build();
        assertEquals(Optional.of(60), q.ageOn(LocalDate.of(2023, 2, 28)));
        Member leapBorn = Member.builder("p5").birthDate(LocalDate.of(1961, 3, 1)).build();
        assertEquals(Optional.of(59), leapBorn.ageOn(LocalDate.of(2021, 2, 28)));
        Member feb29 = Member.builder("p6").birthDate(LocalDate.of(1960, 2, 29)).build();
        assertEquals(Optional.of(60), feb29.ageOn(LocalDate.of(2020, 3, 1)));
        Member nonLeapYear = Member.builder("p7").birthDate(LocalDate.of(1956, 2, 29)).build();
        assertEquals(Optional.of(64), nonLeapYear.ageOn(LocalDate.of(2021, 2, 28)), "2021-02-28: birthday not yet");
        assertEquals(Optional.of(65), nonLeapYear.ageOn(LocalDate.of(2021, 3, 1)));
    }

    @Test
    void household_membersRequired_andUnique() {
        assertThrows(InvalidInputException.class, () -> new Household(Optional.of(Residence.URBAN), null, null, null,
                null, List.of()));
        Member a = Member.builder("p1").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Household.of(Residence.URBAN, a, a));
        assertEquals("household.members", e.field());
    }

    @Test
    void money_isExact_andParseRejectsBadAmounts() {
        assertEquals("720.00", Money.parse("720", "x").toString());
        assertEquals("720.50", Money.parse("720.5", "x").toString());
        for (String bad : new String[] {"-1", "720.123", "7e2", "", "abc"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(bad, "event.requested"));
            assertEquals("event.requested", e.field());
        }
        assertThrows(ArithmeticException.class, () -> new Money(new BigDecimal("1.005")), "no silent rounding");
        assertEquals("1.01", Money.of(new BigDecimal("1.005"), RoundingMode.HALF_UP).toString());
        assertEquals("1.00", Money.of(new BigDecimal("1.005"), RoundingMode.DOWN).toString());
        assertEquals("0.00", Money.yuan("5").minus(Money.yuan("7")).atLeastZero().toString());
    }

    @Test
    void adminCode_parents_andWithin() {
        AdminCode changge = AdminCode.of("411082");
        assertEquals(AdminCode.of("411000"), changge.city());
        assertEquals(AdminCode.of("410000"), changge.province());
        assertEquals(List.of(changge, AdminCode.of("411000"), AdminCode.of("410000")), changge.upwards());
        assertTrue(changge.isWithin(AdminCode.of("411000")));
        assertTrue(changge.isWithin(AdminCode.NATIONAL));
        assertFalse(changge.isWithin(AdminCode.of("371500")));
        assertEquals(List.of(AdminCode.of("340000")), AdminCode.of("340000").upwards());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AdminCode.parse("41108", "region"));
        assertEquals("region", e.field());
    }

    @Test
    void disability_severityAndLaborCapacity() {
        assertTrue(new Disability(2, DisabilityKind.PHYSICAL).isSevere());
        assertTrue(new Disability(3, DisabilityKind.MENTAL).isSevere());
        assertFalse(new Disability(3, DisabilityKind.PHYSICAL).isSevere());
        assertTrue(new Disability(3, DisabilityKind.INTELLECTUAL).meansNoLaborCapacity());
        assertFalse(new Disability(3, DisabilityKind.PHYSICAL).meansNoLaborCapacity());
        assertTrue(new Disability(1, DisabilityKind.VISUAL).meansNoLaborCapacity());
        assertFalse(new Disability(2, DisabilityKind.VISUAL).meansNoLaborCapacity());
        assertFalse(new Disability(1, DisabilityKind.HEARING).meansNoLaborCapacity());
        assertThrows(InvalidInputException.class, () -> new Disability(5, DisabilityKind.PHYSICAL));
    }

    @Test
    void coded_parse_listsAllowedValues() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Employment.parse("working", "members[p1].employment"));
        assertTrue(e.messageEn().contains("selfEmployed"), e.getMessage());
        assertEquals(Employment.SELF_EMPLOYED, Employment.parse("selfEmployed", "x"));
    }

    @Test
    void truth_isKleene() {
        assertEquals(Truth.FALSE, Truth.UNKNOWN.and(Truth.FALSE));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.and(Truth.TRUE));
        assertEquals(Truth.TRUE, Truth.UNKNOWN.or(Truth.TRUE));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.or(Truth.FALSE));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.not());
        assertEquals(Truth.TRUE, Truth.TRUE.and(Truth.TRUE));
    }
}
