package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** AH-05 (皖民社救字〔2022〕46号 八): 审核确认 at the township where delegated, else the county. */
class ProcedureTest {
    private static final Household ONE = Household.of(Residence.URBAN,
            Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).income(IncomeKind.PENSION, "300").build());

    private static Determination with(Application a) {
        return Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-06-01", ProgramId.DIBAO, ONE).application(a));
    }

    @Test
    void AH05_delegated_township() {
        Determination d = with(new Application(false, Optional.empty(), true, false));
        assertEquals(ApprovalLevel.TOWNSHIP, d.procedure().orElseThrow().approvalLevel());
        assertTrue(d.applied("AH-05"));
    }

    @Test
    void AH05_notDelegated_county_andDisputedMeansDemocraticAppraisal() {
        Determination d = with(new Application(true, Optional.empty(), false, false));
        assertEquals(ApprovalLevel.COUNTY, d.procedure().orElseThrow().approvalLevel());
        assertTrue(d.procedure().orElseThrow().democraticAppraisal());
    }

    @Test
    void AH05_noApplication_county() {
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-06-01", ProgramId.TEKUN,
                Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1)).noIncome()
                        .supporter(org.relief.core.model.Supporter.NONE).selfCareItemsFailed(0)
                        .careSetting(org.relief.core.model.CareSetting.DISPERSED).build())));
        assertEquals(ApprovalLevel.COUNTY, d.procedure().orElseThrow().approvalLevel());
    }
}
