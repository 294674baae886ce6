package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.liaocheng.Liaocheng.determine;
import static org.relief.rules.liaocheng.Liaocheng.request;
import static org.relief.rules.liaocheng.Liaocheng.tekun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.spi.StandardValue;

/** LC-02 (tekun minors to 18), LC-04 (basic ≥ 1.3 × dibao), LC-05 (care ≥ 1/10, 1/6, 1/3 of the minimum wage). */
class TekunStandardsTest {

    private static Household urban(String born, Integer items) {
        return Household.of(Residence.URBAN, tekun(born, items).build());
    }

    @Test
    void LC04_basicStandardIs1point3TimesDibao_roundedUp() {
        // 1.3 × 720 = 936.0 ⇒ 936; 1.3 × 871 = 1132.3 ⇒ 1133; 1.3 × 692 = 899.6 ⇒ 900; 1.3 × 753 = 978.9 ⇒ 979
        assertEquals(0, new BigDecimal("936").compareTo(Lc04TekunBasicStandard.floor(new BigDecimal("720"))));
        assertEquals(0, new BigDecimal("1133").compareTo(Lc04TekunBasicStandard.floor(new BigDecimal("871"))));
        assertEquals(0, new BigDecimal("900").compareTo(Lc04TekunBasicStandard.floor(new BigDecimal("692"))));
        assertEquals(0, new BigDecimal("979").compareTo(Lc04TekunBasicStandard.floor(new BigDecimal("753"))));
        // 1.3 × 685.50 = 891.15 ⇒ 892 (never half-up to 891)
        assertEquals(0, new BigDecimal("892").compareTo(Lc04TekunBasicStandard.floor(new BigDecimal("685.50"))));
        assertThrows(IllegalArgumentException.class, () -> Lc04TekunBasicStandard.floor(new BigDecimal("-1")));
    }

    @Test
    void LC04_LC05_formatExample_semiCare_1225() {
        // the case-format example: 936 + ⌈1730 / 6 = 288.33⌉ = 289 ⇒ 1225.00
        Household h = Household.of(Residence.URBAN, tekun("1948-05-01", 2).noIncome()
                .income(IncomeKind.PENSION, "120.00").build());
        Determination d = determine(request("2021-03-01", ProgramId.TEKUN, h).standard("dibao.urban.monthly", "720.00")
                .standard("minimumWage.monthly", "1730.00"));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals("1225.00", d.monthlyAmount().orElseThrow().toString());
        assertEquals("936.00", d.line("basic").orElseThrow().amount().toString());
        assertEquals("289.00", d.line("care").orElseThrow().amount().toString());
        assertTrue(d.applied("LC-04") && d.applied("LC-05") && d.applied("LC-02"));
        // the derived values are recorded among the determination's standards
        List<StandardValue> derived = d.versions().standards().stream()
                .filter(s -> s.origin() == StandardValue.Origin.DERIVED).toList();
        assertEquals(List.of("tekun.basic.monthly", "tekun.care.semi.monthly"), derived.stream().map(StandardValue::key).toList());
        // the trace names the national rule each overrides
        TraceEntry basic = d.trace().stream().filter(t -> t.rule().equals("LC-04")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("NA-10"), basic.overrides());
        assertTrue(basic.citation().contains("聊政字〔2020〕28号"));
    }

    @Test
    void LC04_publishedBelowFloor_isUsedAndFlagged_atFloorNotFlagged() {
        // floor 936 > published 900 ⇒ 900 + ⌈1730/10⌉ 173 = 1073.00, STANDARD_BELOW_FLOOR
        Determination below = determine(request("2022-03-01", ProgramId.TEKUN, urban("1955-07-01", 0))
                .standard("dibao.urban.monthly", "720").standard("tekun.basic.monthly", "900")
                .standard("minimumWage.monthly", "1730"));
        assertEquals("1073.00", below.monthlyAmount().orElseThrow().toString());
        assertTrue(below.hasReason("STANDARD_BELOW_FLOOR"));
        Determination at = determine(request("2022-03-01", ProgramId.TEKUN, urban("1955-07-01", 0))
                .standard("dibao.urban.monthly", "720").standard("tekun.basic.monthly", "936")
                .standard("minimumWage.monthly", "1730"));
        assertEquals("1109.00", at.monthlyAmount().orElseThrow().toString());
        assertFalse(at.hasReason("STANDARD_BELOW_FLOOR"));
    }

    @Test
    void LC04_shippedRuralBasic900_equalsFloor_2023() {
        // shipped: rural dibao 692, tekun.basic.rural 900 (floor ⌈899.6⌉ = 900); care ⌈1700/10⌉ = 170 ⇒ 1070.00
        Household h = Household.of(Residence.RURAL, tekun("1950-01-01", 0).build());
        Determination d = determine(request("2023-06-01", ProgramId.TEKUN, h));
        assertEquals("1070.00", d.monthlyAmount().orElseThrow().toString());
        assertFalse(d.hasReason("STANDARD_BELOW_FLOOR"));
        StandardValue basic = d.versions().standards().stream().filter(s -> s.key().equals("tekun.basic.rural.monthly"))
                .findFirst().orElseThrow();
        assertEquals(StandardValue.Origin.SHIPPED, basic.origin());
    }

    @Test
    void LC05_careFloorsAreTenthSixthThirdOfMinimumWage_roundedUp() {
        BigDecimal wage = new BigDecimal("1730");
        // 173.0 ⇒ 173; 288.33 ⇒ 289; 576.67 ⇒ 577
        assertEquals(0, new BigDecimal("173").compareTo(Lc05TekunCareStandard.floor(wage, SelfCareLevel.SELF_CARE)));
        assertEquals(0, new BigDecimal("289").compareTo(Lc05TekunCareStandard.floor(wage, SelfCareLevel.SEMI)));
        assertEquals(0, new BigDecimal("577").compareTo(Lc05TekunCareStandard.floor(wage, SelfCareLevel.FULL)));
        // 1700 / 6 = 283.33 ⇒ 284; 1800 / 6 = 300 exactly ⇒ 300
        assertEquals(0, new BigDecimal("284").compareTo(Lc05TekunCareStandard.floor(new BigDecimal("1700"), SelfCareLevel.SEMI)));
        assertEquals(0, new BigDecimal("300").compareTo(Lc05TekunCareStandard.floor(new BigDecimal("1800"), SelfCareLevel.SEMI)));
        assertEquals(LocalDate.of(2021, 12, 31), Lc05TekunCareStandard.wageDate(LocalDate.of(2022, 1, 1)));
        assertEquals(LocalDate.of(2020, 12, 31), Lc05TekunCareStandard.wageDate(LocalDate.of(2021, 12, 31)));
    }

    @Test
    void LC05_levelBoundaries_3itemsSemi_4itemsFull() {
        // 3 items ⇒ 半护理 ⌈1910/6 = 318.33⌉ = 319; 4 items ⇒ 全护理 ⌈1910/3 = 636.67⌉ = 637; basic 936
        Determination three = determine(request("2022-03-01", ProgramId.TEKUN, urban("1950-01-01", 3))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1910"));
        assertEquals("319.00", three.line("care").orElseThrow().amount().toString());
        Determination four = determine(request("2022-03-01", ProgramId.TEKUN, urban("1950-01-01", 4))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1910"));
        assertEquals("637.00", four.line("care").orElseThrow().amount().toString());
        assertEquals("1573.00", four.monthlyAmount().orElseThrow().toString());
    }

    @Test
    void LC05_previousYearsWage_isTheOneInForceOn31December() {
        // 2022-01-01 ⇒ wage on 2021-12-31 = shipped 1700 ⇒ semi ⌈283.33⌉ = 284; 936 + 284 = 1220.00
        Determination jan = determine(request("2022-01-01", ProgramId.TEKUN, urban("1950-01-01", 2))
                .standard("dibao.urban.monthly", "720"));
        assertEquals("1220.00", jan.monthlyAmount().orElseThrow().toString());
        // 2021-12-31 ⇒ wage on 2020-12-31: 1550 stale since 2019-12-31, 1700 not yet ⇒ MISSING_STANDARD
        Determination dec = determine(request("2021-12-31", ProgramId.TEKUN, urban("1950-01-01", 2))
                .standard("dibao.urban.monthly", "720"));
        assertEquals(RefusalCode.MISSING_STANDARD, dec.refusal().orElseThrow().code());
        assertEquals(java.util.Optional.of("standards.minimumWage.monthly"), dec.refusal().orElseThrow().field());
    }

    @Test
    void LC05_publishedCare_usedWithoutWage_andFlaggedBelowFloor() {
        // 2024: no wage in force on 2023-12-31; published care 180 is used, floor unchecked: 979 + 180 = 1159.00
        Household rural = Household.of(Residence.RURAL, tekun("1950-01-01", 0).build());
        Determination d = determine(request("2024-03-01", ProgramId.TEKUN, rural).standard("tekun.care.selfcare.monthly", "180"));
        assertEquals("1159.00", d.monthlyAmount().orElseThrow().toString());
        assertFalse(d.hasReason("STANDARD_BELOW_FLOOR"));
        Determination missing = determine(request("2024-03-01", ProgramId.TEKUN, rural));
        assertEquals(RefusalCode.MISSING_STANDARD, missing.refusal().orElseThrow().code());
        // semi 250 < ⌈1730/6⌉ = 289 ⇒ flagged; 936 + 250 = 1186.00
        Determination below = determine(request("2022-03-01", ProgramId.TEKUN, urban("1955-07-01", 3))
                .standard("dibao.urban.monthly", "720").standard("tekun.care.semi.monthly", "250")
                .standard("minimumWage.monthly", "1730"));
        assertEquals("1186.00", below.monthlyAmount().orElseThrow().toString());
        assertTrue(below.hasReason("STANDARD_BELOW_FLOOR"));
    }

    @Test
    void LC05_careSettingKeyFirst() {
        // tekun.care.semi.dispersed.monthly 300 before tekun.care.semi.monthly 450 ⇒ 936 + 300 = 1236.00
        Household h = Household.of(Residence.URBAN, tekun("1950-01-01", 1).careSetting(CareSetting.DISPERSED).build());
        Determination d = determine(request("2022-03-01", ProgramId.TEKUN, h).standard("dibao.urban.monthly", "720")
                .standard("minimumWage.monthly", "1730").standard("tekun.care.semi.dispersed.monthly", "300")
                .standard("tekun.care.semi.monthly", "450"));
        assertEquals("1236.00", d.monthlyAmount().orElseThrow().toString());
    }

    @Test
    void LC04_LC05_unknownSelfCare_neitherFlagsNorDerivesNorMissesAStandard() {
        // A published basic 800 is below the floor ⌈1.3 × 720⌉ = 936, but the self-care assessment is unknown:
        // the amount's standards are not looked up, so no STANDARD_BELOW_FLOOR; without a minimum wage no MISSING_STANDARD.
        Household h = Household.of(Residence.URBAN, tekun("1950-01-01", null).build());
        Determination d = determine(request("2022-03-01", ProgramId.TEKUN, h).standard("dibao.urban.monthly", "720")
                .standard("tekun.basic.monthly", "800"));
        assertEquals(Outcome.UNDETERMINED, d.outcome(), d.refusal().map(Object::toString).orElse(""));
        assertEquals(List.of("members[p1].selfCareItemsFailed"), d.missing());
        assertFalse(d.hasReason("STANDARD_BELOW_FLOOR"), d.reasons().toString());
        assertTrue(d.versions().standards().stream().noneMatch(v -> v.key().startsWith("tekun.")), d.versions().toString());
    }

    @Test
    void LC05_unknownSelfCare_isUndetermined() {
        Household h = Household.of(Residence.RURAL, tekun("1950-01-01", null).build());
        Determination d = determine(request("2023-06-01", ProgramId.TEKUN, h));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(List.of("members[p1].selfCareItemsFailed"), d.missing());
    }

    @Test
    void LC02_minor17Covered_from2020_10_15_whileNationalLimitWas16() {
        // born 2003-05-01 ⇒ 17 on 2020-10-15 ⇒ covered (limit 18); 936 + 173 = 1109.00; notice 0 (minor)
        Determination d = determine(request("2020-10-15", ProgramId.TEKUN, urban("2003-05-01", 0))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1730"));
        assertEquals("1109.00", d.monthlyAmount().orElseThrow().toString());
        assertTrue(d.applied("LC-02"));
        assertEquals(java.util.Optional.of("NA-09"), d.trace().get(0).overrides());
        assertEquals(0, d.procedure().orElseThrow().publicNoticeDays());
    }

    @Test
    void LC02_exactly18_isNotAMinor() {
        Determination d = determine(request("2021-03-01", ProgramId.TEKUN, urban("2003-03-01", 0))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1730"));
        assertEquals(Outcome.INELIGIBLE, d.outcome());
        assertTrue(d.hasReason("HAS_LABOR_CAPACITY"));
    }

    @Test
    void LC02_holdsUntil2021_04_25_thenNationalNA09WithTheSameLimit() {
        Determination last = determine(request("2021-04-25", ProgramId.TEKUN, urban("2004-01-10", 0))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1730"));
        assertTrue(last.applied("LC-02"));
        assertTrue(last.isEligible());
        Determination next = determine(request("2021-04-26", ProgramId.TEKUN, urban("2004-01-10", 0))
                .standard("dibao.urban.monthly", "720").standard("minimumWage.monthly", "1730"));
        assertFalse(next.applied("LC-02"));
        assertTrue(next.applied("NA-09"));
        assertTrue(next.isEligible());
        assertEquals("1109.00", next.monthlyAmount().orElseThrow().toString());
    }
}
