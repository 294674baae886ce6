package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.model.AdminCode;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;
import org.relief.core.standards.PublishedStandard;

/** The default standards of the module (values found in published notices or their reports) with their staleness limits. */
class ShippedStandardsTest {
    private static Optional<BigDecimal> value(String region, String date, String key) {
        List<PublishedStandard> all = Anhui.ENGINE.standardsInForce(AdminCode.of(region), LocalDate.parse(date)).orElseThrow();
        return all.stream().filter(s -> s.key().name().equals(key)).findFirst().map(PublishedStandard::value);
    }

    private static void assertValue(String expected, String region, String date, String key) {
        assertEquals(0, new BigDecimal(expected).compareTo(value(region, date, key).orElseThrow()), key + " " + region + " " + date);
    }

    @Test
    void chuzhou_dibaoFrom202207_staleAfter2023() {
        assertValue("727", "341102", "2022-07-01", "dibao.urban.monthly");
        assertValue("717", "341126", "2023-12-31", "dibao.rural.monthly");
        assertTrue(value("341102", "2022-06-30", "dibao.urban.monthly").isEmpty());
        assertTrue(value("341102", "2024-01-01", "dibao.urban.monthly").isEmpty());
    }

    @Test
    void chuzhou_tekunFloorsAndCareShares_areNotShipped() {
        // 不低于 1320 / 970 are floors, the care shares need a minimum-wage tier the data does not give
        assertTrue(value("341102", "2022-08-01", "tekun.basic.urban.monthly").isEmpty());
        assertTrue(value("341102", "2022-08-01", "tekun.basic.rural.monthly").isEmpty());
        assertTrue(value("341102", "2022-08-01", "tekun.care.full.centralised.monthly").isEmpty());
    }

    @Test
    void chizhou_twoValues_secondFrom202307() {
        assertValue("725", "341702", "2023-06-30", "dibao.urban.monthly");
        assertValue("787", "341702", "2023-07-01", "dibao.urban.monthly");
        assertValue("750", "341702", "2024-12-31", "dibao.rural.monthly");
        assertTrue(value("341702", "2025-01-01", "dibao.rural.monthly").isEmpty());
    }

    @Test
    void hefei_2016ValueIsNotShipped() {
        assertTrue(value("340104", "2022-06-01", "dibao.urban.monthly").isEmpty());
    }

    @Test
    void minimumWage_provincialTiersOnly_noCityTierGuessed() {
        assertValue("1500", "341102", "2022-06-01", "minimumWage.tier2.monthly");
        assertValue("2060", "340104", "2023-03-01", "minimumWage.tier1.monthly");
        // the 2021-12-03 values are stale after 2022-12-31; the next value takes effect 2023-03-01
        assertTrue(value("341102", "2023-02-28", "minimumWage.tier1.monthly").isEmpty());
        assertTrue(value("341102", "2022-06-01", "minimumWage.monthly").isEmpty());
    }

    @Test
    void huainan_tekunRuralBasicYearly_dividedBy12_plusCare() {
        // 11050 / 12 = 920.8333…; semi (2 items) dispersed 300 ⇒ 1220.8333… ⇒ 1220.83
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                .supporter(Supporter.NONE).selfCareItemsFailed(2).careSetting(CareSetting.DISPERSED).build());
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-06-01", ProgramId.TEKUN, h));
        assertEquals(Optional.of(Money.yuan("1220.83")), d.monthlyAmount());
        assertEquals(Money.yuan("920.83"), d.line("basic").orElseThrow().amount());
        assertEquals(Money.yuan("300.00"), d.line("care").orElseThrow().amount());
    }

    @Test
    void huainan_careLevelsAndSettings() {
        // centralised full (4 items) 750 ⇒ 1670.83; dispersed self-care (0) 45 ⇒ 965.83
        String[][] rows = {{"4", "CENTRALISED", "1670.83"}, {"0", "DISPERSED", "965.83"}, {"3", "CENTRALISED", "1370.83"},
                {"6", "DISPERSED", "1445.83"}, {"0", "CENTRALISED", "980.83"}};
        for (String[] r : rows) {
            Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                    .supporter(Supporter.NONE).selfCareItemsFailed(Integer.valueOf(r[0]))
                    .careSetting(CareSetting.valueOf(r[1])).build());
            Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2023-01-01", ProgramId.TEKUN, h));
            assertEquals(Optional.of(Money.yuan(r[2])), d.monthlyAmount(), r[0] + " " + r[1]);
        }
    }

    @Test
    void huainan_urbanTekunBasicNotPublished_missingStandard() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                .supporter(Supporter.NONE).selfCareItemsFailed(0).careSetting(CareSetting.DISPERSED).build());
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-06-01", ProgramId.TEKUN, h));
        assertEquals(RefusalCode.MISSING_STANDARD, d.refusal().orElseThrow().code());
    }

    @Test
    void staleStandard_missingStandard_butOverrideWins() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1))
                .income(IncomeKind.PENSION, "300").build());
        Determination stale = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2024-01-01", ProgramId.DIBAO, h));
        assertEquals(RefusalCode.MISSING_STANDARD, stale.refusal().orElseThrow().code());
        Determination given = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2024-01-01", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "780"));
        assertEquals(Optional.of(Money.yuan("480.00")), given.monthlyAmount());
        assertFalse(given.isRefused());
    }
}
