package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.spi.Citation;

/** Module metadata, the catalogue and AH-10 (validity). */
class AnhuiModuleTest {
    private static final Household ONE = Household.of(Residence.URBAN,
            Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).income(IncomeKind.PENSION, "300").build());

    @Test
    void moduleIsDiscoveredAndServesEveryAnhuiCode() {
        RuleModules modules = RuleModules.discover(getClass().getClassLoader());
        LoadedModule m = modules.byId("anhui").orElseThrow();
        assertEquals("0.1.0", m.version());
        assertEquals("安徽省", m.name());
        assertEquals("anhui", modules.forRegion(AdminCode.of("341102")).orElseThrow().id());
        assertEquals("anhui", modules.forRegion(AdminCode.of("340000")).orElseThrow().id());
        assertTrue(modules.forRegion(AdminCode.of("320100")).isEmpty());
    }

    @Test
    void catalogueCitesEveryIdAH01toAH12_withTheDocument() {
        LoadedModule m = RuleModules.of(new AnhuiModule()).byId("anhui").orElseThrow();
        Map<String, Citation> c = m.catalogue();
        IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("AH-%02d", i))
                .forEach(id -> assertEquals("皖民社救字〔2022〕46号", c.get(id).document(), id));
        assertEquals(12, c.size());
        Map<Citation.Kind, Long> kinds = c.values().stream().collect(Collectors.groupingBy(Citation::kind, Collectors.counting()));
        assertEquals(4L, kinds.get(Citation.Kind.DETERMINATION)); // AH-02, AH-05, AH-10, AH-11
        assertEquals(2L, kinds.get(Citation.Kind.CALCULATOR));    // AH-08, AH-09
        assertEquals(2L, kinds.get(Citation.Kind.PROCEDURE));     // AH-06 (roster price subsidy), AH-07 (roster payment dates)
        assertEquals(4L, kinds.get(Citation.Kind.NOT_COMPUTABLE)); // AH-01, AH-03, AH-04, AH-12
    }

    @Test
    void AH10_validFiveYearsFrom20220601_bothEndsInclusive() {
        assertEquals(LocalDate.of(2022, 6, 1), AnhuiModule.VALIDITY.from());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 31)), AnhuiModule.VALIDITY.until());
        // 800 − 300 = 500.00 on the first and the last day
        for (String date : new String[] {"2022-06-01", "2027-05-31"}) {
            Determination d = Anhui.determine(Anhui.request(Anhui.CHUZHOU, date, ProgramId.DIBAO, ONE)
                    .standard("dibao.urban.monthly", "800"));
            assertEquals(Optional.of(Money.yuan("500.00")), d.monthlyAmount(), date);
        }
    }

    @Test
    void AH10_dayBeforeAndDayAfter_areDateOutOfRange() {
        for (String date : new String[] {"2022-05-31", "2027-06-01"}) {
            Determination d = Anhui.determine(Anhui.request(Anhui.CHUZHOU, date, ProgramId.DIBAO, ONE)
                    .standard("dibao.urban.monthly", "800"));
            assertEquals(RefusalCode.DATE_OUT_OF_RANGE, d.refusal().orElseThrow().code(), date);
        }
    }
}
