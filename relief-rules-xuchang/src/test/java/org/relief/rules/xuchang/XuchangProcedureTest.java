package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Procedure;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;

/** Procedure in 许昌: XC-03 review, XC-06 approval level, XC-07 democratic appraisal; tekun under the national rules. */
class XuchangProcedureTest {
    private static final Household ONE = Household.of(Residence.URBAN,
            Xuchang.adult("p1").income(IncomeKind.OTHER, "100.00").build());

    private static Procedure procedure(String date, Household h, Application a) {
        Determination d = Xuchang.determine(Xuchang.request(date, ProgramId.DIBAO, h).standard("dibao.urban.monthly", "600")
                .application(a));
        return d.procedure().orElseThrow();
    }

    @Test
    void XC06_townshipWhenDelegated_countyOtherwise() {
        assertEquals(ApprovalLevel.TOWNSHIP, procedure("2022-01-10", ONE, new Application(false, Optional.empty(), true, false)).approvalLevel());
        assertEquals(ApprovalLevel.COUNTY, procedure("2022-01-10", ONE, new Application(false, Optional.empty(), false, false)).approvalLevel());
        assertEquals(ApprovalLevel.COUNTY, procedure("2022-01-10", ONE, null).approvalLevel(), "absent application: not delegated");
    }

    @Test
    void XC07_appraisalOnlyWhenDisputed_fromTheFirstDay() {
        assertFalse(procedure("2021-08-02", ONE, null).democraticAppraisal());
        assertTrue(procedure("2021-08-02", ONE, new Application(true, Optional.empty(), false, false)).democraticAppraisal());
        Determination d = Xuchang.determine(Xuchang.request("2021-08-02", ProgramId.DIBAO, ONE).standard("dibao.urban.monthly", "600"));
        TraceEntry appraisal = d.trace().stream().filter(t -> t.rule().equals("XC-07")).findFirst().orElseThrow();
        assertEquals(Optional.of("NA-11"), appraisal.overrides());
    }

    @Test
    void XC03_sixMonthsForUnstableIncomeWithAbleMember_elseYearly() {
        Household able = Household.of(Residence.URBAN, Xuchang.adult("p1").laborCapacity(LaborCapacity.FULL)
                .income(IncomeKind.OTHER, "100.00").build()).withIncomeStable(false);
        Household unable = Household.of(Residence.URBAN, Xuchang.adult("p1").laborCapacity(LaborCapacity.NONE)
                .income(IncomeKind.OTHER, "100.00").build()).withIncomeStable(false);
        Household stable = Household.of(Residence.URBAN, Xuchang.adult("p1").laborCapacity(LaborCapacity.FULL)
                .income(IncomeKind.OTHER, "100.00").build()).withIncomeStable(true);
        assertEquals(6, procedure("2023-01-10", able, null).reviewIntervalMonths());
        assertEquals(12, procedure("2023-01-10", unable, null).reviewIntervalMonths());
        assertEquals(12, procedure("2023-01-10", stable, null).reviewIntervalMonths());
    }

    @Test
    void XC03_tekunYearly_andNationalTekunRulesApplyInXuchang() {
        // 70-year-old, no supporter, basic pension not counted ⇒ 0 < 600; 2 items ⇒ semi; 900 + 200 = 1100.00
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1953, 1, 1))
                .supporter(Supporter.NONE).selfCareItemsFailed(2).income(IncomeKind.BASIC_PENSION, "150.00").build());
        Determination d = Xuchang.determine(Xuchang.request("2023-07-01", ProgramId.TEKUN, h)
                .standard("dibao.urban.monthly", "600").standard("tekun.basic.monthly", "900")
                .standard("tekun.care.semi.monthly", "200"));
        assertEquals(Money.yuan("1100.00"), d.monthlyAmount().orElseThrow());
        assertEquals(12, d.procedure().orElseThrow().reviewIntervalMonths());
        assertTrue(d.applied("NA-09") && d.applied("NA-10") && d.applied("XC-03"));
    }
}
