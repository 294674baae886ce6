package org.relief.perf.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.perf.RandomRequests;

/**
 * {@code determine} against the hand-written arithmetic ({@link HandWritten}) over the same 4,096
 * varied households (3-person dibao; one-person tekun), each invocation the next household: the
 * engine's cost is read as a ratio to the baseline measured in the same run. National baseline,
 * standards as request overrides (as an integrator without a regional module calls it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DetermineBenchmark {
    /** Households to cycle through (a power of two); 4,096 by default, fewer only to see what memory costs. */
    @Param("4096")
    int households;
    static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private ReliefEngine engine;
    private Household[] threePersons;
    private Household[] onePerson;
    private DeterminationRequest[] dibao;
    private DeterminationRequest[] dibaoNoTrace;
    private DeterminationRequest[] tekun;
    private DeterminationRequest[] tekunNoTrace;
    private int i;
    private int mask;

    @Setup
    public void setUp() {
        int n = households;
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("households must be a power of two: " + n);
        }
        mask = n - 1;
        engine = ReliefEngine.create(RuleModules.of());
        threePersons = RandomRequests.plainHouseholds(n, 3, DATE, 3).toArray(Household[]::new);
        onePerson = RandomRequests.plainHouseholds(n, 1, DATE, 1).toArray(Household[]::new);
        dibao = new DeterminationRequest[n];
        dibaoNoTrace = new DeterminationRequest[n];
        tekun = new DeterminationRequest[n];
        tekunNoTrace = new DeterminationRequest[n];
        int eligible = 0;
        for (int k = 0; k < n; k++) {
            dibao[k] = DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO, threePersons[k])
                    .standard("dibao.urban.monthly", "720").standard("dibao.rural.monthly", "600")
                    .standard("employmentCost.monthly", "250").standard("dibao.supplement.elderly", "40")
                    .standard("dibao.supplement.minor", "30").standard("dibao.supplement.severeDisability", "60")
                    .standard("dibao.supplement.seriousIllness", "50").build();
            dibaoNoTrace[k] = dibao[k].withTrace(false);
            tekun[k] = DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.TEKUN, onePerson[k])
                    .standard("dibao.urban.monthly", "720").standard("dibao.rural.monthly", "600")
                    .standard("tekun.basic.monthly", "910").standard("tekun.care.selfcare.monthly", "100")
                    .standard("tekun.care.semi.monthly", "300").standard("tekun.care.full.monthly", "600").build();
            tekunNoTrace[k] = tekun[k].withTrace(false);
            check(dibao[k], HandWritten.dibao(threePersons[k], DATE));
            check(dibaoNoTrace[k], HandWritten.dibao(threePersons[k], DATE));
            check(tekun[k], HandWritten.tekun(onePerson[k], DATE));
            check(tekun[k], HandWritten.tekun(onePerson[k], DATE, tekun[k].standards()));
            eligible += engine.determine(dibao[k]).isEligible() ? 1 : 0;
        }
        if (eligible < n / 10) {
            throw new IllegalStateException("too few eligible households to measure: " + eligible);
        }
    }

    /** The baseline must compute what the engine computes, household by household. */
    private void check(DeterminationRequest r, BigDecimal hand) {
        Determination d = engine.determine(r);
        BigDecimal engineAmount = d.isEligible() ? d.monthlyAmount().map(Money::amount).orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
        if (engineAmount.compareTo(hand) != 0) {
            throw new IllegalStateException("hand-written " + hand + " but engine " + d.outcome() + " " + engineAmount + " for "
                    + r.household());
        }
    }

    private int next() {
        i = (i + 1) & mask;
        return i;
    }

    @Benchmark
    public Determination dibaoThreePersons() {
        return engine.determine(dibao[next()]);
    }

    @Benchmark
    public Determination dibaoThreePersonsNoTrace() {
        return engine.determine(dibaoNoTrace[next()]);
    }

    @Benchmark
    public BigDecimal handWrittenDibao() {
        return HandWritten.dibao(threePersons[next()], DATE);
    }

    @Benchmark
    public Determination tekunOnePerson() {
        return engine.determine(tekun[next()]);
    }

    @Benchmark
    public Determination tekunOnePersonNoTrace() {
        return engine.determine(tekunNoTrace[next()]);
    }

    @Benchmark
    public BigDecimal handWrittenTekun() {
        return HandWritten.tekun(onePerson[next()], DATE);
    }

    /** The same, the standards read from the request's overrides (the engine's inputs) instead of constants. */
    @Benchmark
    public BigDecimal handWrittenTekunFromRequest() {
        int k = next();
        return HandWritten.tekun(onePerson[k], DATE, tekunNoTrace[k].standards());
    }

}
