package org.relief.perf.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.relief.core.engine.Determination;
import org.relief.core.lifecycle.Case;
import org.relief.core.roster.Payroll;

/**
 * The per-case cost of a roster ({@link Payroll#draft}) against the bare engine determination of
 * the same cases' month, in the same run: a county of 1,000 generated cases ({@link ProvinceFixture}),
 * the roster on a pool of one thread. {@code rosterFirstMonth}: no earlier roster (one determination
 * per case); {@code rosterWithHistory}: June and July paid (the roster re-determines them for
 * back-pay: three determinations per case). {@code storeStreamOnly}: what generating the cases costs,
 * to tell the fixture's part of the roster's time from the roster's own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PayrollBenchmark {
    static final int CASES = 1000;
    private ProvinceFixture first;
    private ProvinceFixture withHistory;
    private ForkJoinPool pool;
    private Payroll firstPayroll;
    private Payroll historyPayroll;
    private Case[] cases;
    private int i;

    @Setup
    public void setUp() throws Exception {
        first = new ProvinceFixture(1, CASES, false);
        withHistory = new ProvinceFixture(1, CASES, true);
        pool = new ForkJoinPool(1);
        withHistory.prepareHistory(pool);
        firstPayroll = first.payroll(pool);
        historyPayroll = withHistory.payroll(pool);
        cases = first.cases.inCounty(first.counties.get(0)).toArray(Case[]::new);
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public long rosterFirstMonth() {
        return firstPayroll.draft(first.counties.get(0), ProvinceFixture.MONTH, ProvinceFixture.COMPUTED_ON, null).cases();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public long rosterWithHistory() {
        return historyPayroll.draft(withHistory.counties.get(0), ProvinceFixture.MONTH, ProvinceFixture.COMPUTED_ON, null).cases();
    }

    /** The fixture's own part of the roster: generating the county's cases as the store streams them. */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public long storeStreamOnly() {
        return first.cases.inCounty(first.counties.get(0)).mapToLong(c -> c.households().latest().members().size()).sum();
    }

    /** Baseline: the engine's determination of one case's month, as the roster asks it. */
    @Benchmark
    public Determination determination() {
        i = (i + 1) % CASES;
        return first.lifecycle.amountDue(cases[i], ProvinceFixture.MONTH, ProvinceFixture.COMPUTED_ON, false);
    }
}
