package org.relief.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.Procedure;
import org.relief.core.engine.Reason;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/**
 * The evaluation's reasons, lines and procedure keep what the linked maps of before kept (issue 19
 * made them short lists): a reason given twice keeps the first, a line given again keeps its place
 * with the new amount, a removed one is gone, the lists handed out are immutable, and the procedure
 * exists only once all four parts are set.
 */
class EvaluationTest {
    private static Evaluation evaluation() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1)).build());
        DeterminationRequest r = DeterminationRequest.builder(AdminCode.NATIONAL, LocalDate.of(2024, 3, 1), ProgramId.DIBAO, h)
                .build();
        return new Evaluation(r, new Standards() {
            @Override
            public Optional<StandardValue> find(String... keys) {
                return Optional.empty();
            }

            @Override
            public Optional<StandardValue> findOn(LocalDate on, String... keys) {
                return Optional.empty();
            }

            @Override
            public void recordDerived(StandardValue derived) {
            }
        });
    }

    @Test
    void aReasonGivenAgainKeepsTheFirst_inTheOrderGiven_andCanBeRemoved() {
        Evaluation e = evaluation();
        e.enterRule("NA-02");
        e.reason("A", "甲", "a");
        e.reason("B", "乙", "b");
        e.enterRule("NA-03");
        e.reason("A", "甲2", "a2");
        e.reason("C", "丙", "c");
        assertEquals(List.of(new Reason("A", "甲", "a", "NA-02"), new Reason("B", "乙", "b", "NA-02"),
                new Reason("C", "丙", "c", "NA-03")), e.reasons());
        e.removeReason("B");
        e.removeReason("nothing");
        assertFalse(e.hasReason("B"));
        assertTrue(e.hasReason("C"));
        assertEquals(List.of("A", "C"), e.reasons().stream().map(Reason::code).toList());
        assertThrows(UnsupportedOperationException.class, () -> e.reasons().add(new Reason("D", "丁", "d", "")));
    }

    @Test
    void aLineGivenAgainKeepsItsPlace_withTheNewAmount_andARemovedOneIsGone() {
        Evaluation e = evaluation();
        assertEquals(List.of(), e.lines());
        e.enterRule("NA-03");
        e.cashLine("base", Money.yuan("100.00"));
        e.inKindLine("voucher", Money.yuan("20.00"));
        e.cashLine("supplement", Money.yuan("30.00"));
        e.enterRule("NA-05");
        e.cashLine("base", Money.yuan("80.00"));
        assertEquals(List.of(new AmountLine("base", Money.yuan("80.00"), true, "NA-05"),
                new AmountLine("voucher", Money.yuan("20.00"), false, "NA-03"),
                new AmountLine("supplement", Money.yuan("30.00"), true, "NA-03")), e.lines());
        assertEquals(Optional.of(Money.yuan("20.00")), e.line("voucher").map(AmountLine::amount));
        e.removeLine("voucher");
        e.removeLine("nothing");
        assertEquals(Optional.empty(), e.line("voucher"));
        assertEquals(List.of("base", "supplement"), e.lines().stream().map(AmountLine::code).toList());
        assertThrows(UnsupportedOperationException.class, () -> e.lines().clear());
    }

    @Test
    void theProcedureExistsOnceAllFourPartsAreSet() {
        Evaluation e = evaluation();
        e.democraticAppraisal(false);
        e.approvalLevel(ApprovalLevel.COUNTY);
        e.publicNoticeDays(7);
        assertEquals(Optional.empty(), e.procedure());
        e.reviewIntervalMonths(12);
        assertEquals(Optional.of(new Procedure(false, ApprovalLevel.COUNTY, 7, 12)), e.procedure());
    }

    @Test
    void aFactMadeAfterTheEvaluationStillFits() {
        Evaluation e = evaluation();
        Fact<String> late = Fact.of("late-" + System.nanoTime(), String.class);
        assertEquals(Optional.empty(), e.get(late));
        e.put(late, "x");
        assertEquals(Optional.of("x"), e.get(late));
    }
}
