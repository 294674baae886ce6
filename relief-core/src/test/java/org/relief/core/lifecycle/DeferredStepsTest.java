package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.relief.core.model.ProgramId;

/** A case whose steps a store has not read yet: the same case, its steps read once, when used, and checked then. */
class DeferredStepsTest {
    private final LifecycleFixture f = new LifecycleFixture();
    private final Case active = f.activeDibao(LifecycleFixture.NATIONAL, LifecycleFixture.onePerson("1970-01-01"));

    private Case deferred(Case c, int size, AtomicInteger reads, List<StepRecord> steps) {
        return new Case(c.id(), c.reference(), c.program(), c.county(), c.state(), c.application(), c.households(), c.acceptedOn(),
                c.deadlines(), c.notice(), c.objected(), c.appraisal(), c.extended(), c.opinion(), c.decision(), c.paymentFrom(),
                c.paymentUntil(), c.nextReviewBy(), c.keptDibao(), c.records(), c.reasons(), DeferredSteps.of(size, () -> {
                    reads.incrementAndGet();
                    return steps;
                }));
    }

    @Test
    void theNumberOfSteps_isKnownWithoutReadingThem_andAnyOtherUseReadsThemOnce() {
        AtomicInteger reads = new AtomicInteger();
        Case c = deferred(active, active.steps().size(), reads, active.steps());
        assertEquals(active.steps().size(), c.steps().size());
        assertFalse(((DeferredSteps) c.steps()).isRead());
        assertEquals(0, reads.get());
        assertTrue(c.isPayableIn(active.paymentFrom().orElseThrow()), "the state is there without the steps");
        assertEquals(0, reads.get());
        assertEquals(active, c);
        assertEquals(active.hashCode(), c.hashCode());
        assertEquals(active.lastStepDate(), c.lastStepDate());
        assertEquals(1, reads.get());
        assertTrue(((DeferredSteps) c.steps()).isRead());
    }

    @Test
    void aStepTakenOnACaseWithDeferredSteps_isTheStepTakenOnTheCaseItself() {
        AtomicInteger reads = new AtomicInteger();
        Case c = deferred(active, active.steps().size(), reads, active.steps());
        Step terminate = new Step.Terminate(LifecycleFixture.d("2024-06-28"), TerminationReason.MOVED_AWAY);
        assertEquals(f.lifecycle.take(active, terminate), f.lifecycle.take(c, terminate));
    }

    @Test
    void stepsReadOtherThanAnnounced_fail_whenRead() {
        Case fewer = deferred(active, active.steps().size() + 1, new AtomicInteger(), active.steps());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fewer.steps().get(0));
        assertTrue(e.getMessage().contains(active.steps().size() + " read, " + (active.steps().size() + 1) + " expected"), e.getMessage());
        Case noApply = deferred(active, active.steps().size() - 1, new AtomicInteger(), active.steps().subList(1, active.steps().size()));
        assertThrows(IllegalStateException.class, () -> noApply.steps().get(0));
        assertThrows(IllegalArgumentException.class, () -> DeferredSteps.of(0, List::of));
        assertEquals(ProgramId.DIBAO, noApply.program(), "the case itself was made; its steps fail when read");
    }
}
