package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.ENGINE;
import static org.relief.rules.linfen.Fixtures.d;
import static org.relief.rules.linfen.Fixtures.request;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.Assets;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.engine.Outcome;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;

/** LF-03 (二(二)1): tekun minors under 16 until 2021-04-25; then the national NA-09 (18) prevails. */
class TekunTest {
    private static Household alone(Member m) {
        return Household.of(Residence.RURAL, m);
    }

    private static Member minor(String born) {
        return Member.builder("p1").birthDate(d(born)).supporter(Supporter.NONE).selfCareItemsFailed(0).noIncome().build();
    }

    private static Determination tekun(String date, Household h) {
        return ENGINE.determine(request(date, ProgramId.TEKUN, h).standard("dibao.rural.monthly", "400.00")
                .standard("tekun.basic.monthly", "520.00").standard("tekun.care.selfcare.monthly", "50.00").build());
    }

    @Test
    void LF03_in2016_a17YearOldNeitherElderlyNorDisabled_isIneligibleWhateverElseIsUnknown() {
        // born 1998-12-01 ⇒ 17 on 2016-05-01; supporter, incomes, residence and standards all unknown.
        Household h = new Household(Optional.empty(), java.util.Set.of(), Optional.empty(), Optional.empty(),
                Assets.NONE_DECLARED, List.of(Member.builder("p1").birthDate(d("1998-12-01")).build()));
        Determination r = ENGINE.determine(request("2016-05-01", ProgramId.TEKUN, h).build());
        assertEquals(Outcome.INELIGIBLE, r.outcome());
        assertTrue(r.hasReason("HAS_LABOR_CAPACITY"));
        assertTrue(r.applied("LF-03"));
        assertTrue(r.missing().isEmpty());
    }

    @Test
    void LF03_fifteenIsUnder16_eligible_570() {
        // 520.00 basic + 50.00 self-care = 570.00
        Determination r = tekun("2020-06-01", alone(minor("2005-01-10")));
        assertTrue(r.isEligible());
        assertEquals("570.00", r.monthlyAmount().orElseThrow().toString());
        TraceEntry t = r.trace().stream().filter(e -> e.rule().equals("LF-03")).findFirst().orElseThrow();
        assertEquals(Optional.of("NA-09"), t.overrides());
        assertEquals("16", t.inputs().get("minorAgeLimit"));
    }

    @Test
    void LF03_sixteenthBirthday_ineligible() {
        assertFalse(tekun("2020-08-20", alone(minor("2004-08-20"))).isEligible());
    }

    @Test
    void LF03_limit16OnLastDay2021_04_25_then_NA09_18From2021_04_26() {
        Household h = alone(minor("2004-01-10")); // 17 on both days
        Determination last = tekun("2021-04-25", h);
        assertEquals(Outcome.INELIGIBLE, last.outcome());
        assertTrue(last.applied("LF-03"));
        Determination next = tekun("2021-04-26", h);
        assertTrue(next.isEligible());
        assertTrue(next.applied("NA-09"));
        assertFalse(next.applied("LF-03"));
        assertEquals("570.00", next.monthlyAmount().orElseThrow().toString());
    }

    @Test
    void LF03_democraticAppraisalBefore2021_07_01_isNational() {
        Determination r = tekun("2020-06-01", alone(minor("2005-01-10")));
        assertTrue(r.procedure().orElseThrow().democraticAppraisal());
        assertTrue(r.applied("NA-11"));
        assertEquals(0, r.procedure().orElseThrow().publicNoticeDays()); // minor: not published
    }
}
