package org.relief.perf.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.engine.Screening;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.perf.RandomRequests;
import org.relief.rules.liaocheng.LiaochengModule;

/**
 * {@code screen} of 聊城 (every program its region serves: the national nine) against one dibao
 * determination of the same household, over 4,096 varied households of 1–6 members (聊城 东昌府区,
 * 2024-06-01, the module's shipped standards, trace on). The goal is read as screen ≤ 1.5 × 9 × dibao.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreenBenchmark {
    static final int N = 4096;
    static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private ReliefEngine engine;
    private DeterminationRequest[] dibao;
    private int i;

    @Setup
    public void setUp() {
        engine = ReliefEngine.create(RuleModules.of(new LiaochengModule()));
        var households = RandomRequests.plainHouseholds(N, 5, DATE, 0);
        dibao = new DeterminationRequest[N];
        for (int k = 0; k < N; k++) {
            dibao[k] = DeterminationRequest.builder(AdminCode.of("371502"), DATE, ProgramId.DIBAO, households.get(k)).build();
        }
        if (engine.screen(dibao[0]).determinations().size() != 9) {
            throw new IllegalStateException("聊城 serves nine programs");
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public Screening screenLiaocheng() {
        return engine.screen(dibao[next()]);
    }

    @Benchmark
    public Determination dibaoLiaocheng() {
        return engine.determine(dibao[next()]);
    }
}
