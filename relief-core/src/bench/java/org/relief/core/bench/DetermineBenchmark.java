package org.relief.core.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
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
import org.relief.core.model.AdminCode;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;

/**
 * {@code determine} against a hand-written loop doing the same arithmetic on the same data
 * (the baseline), so the engine's cost is read as a ratio measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DetermineBenchmark {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private ReliefEngine engine;
    private DeterminationRequest dibao;
    private DeterminationRequest dibaoNoTrace;
    private DeterminationRequest tekun;
    private DeterminationRequest tekunNoTrace;
    private Household threePersons;
    private final BigDecimal standard = new BigDecimal("720");
    private final BigDecimal employmentCost = new BigDecimal("250");
    private final BigDecimal elderly = new BigDecimal("40");

    @Setup
    public void setUp() {
        engine = ReliefEngine.create(RuleModules.of());
        threePersons = Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(LocalDate.of(1980, 5, 1)).employment(Employment.EMPLOYED)
                        .income(IncomeKind.WAGE, "1100").build(),
                Member.builder("p2").birthDate(LocalDate.of(1955, 2, 1)).income(IncomeKind.PENSION, "300")
                        .income(IncomeKind.BASIC_PENSION, "150").build(),
                Member.builder("p3").birthDate(LocalDate.of(2012, 9, 1)).noIncome().build());
        dibao = DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO, threePersons)
                .standard("dibao.urban.monthly", "720").standard("employmentCost.monthly", "250")
                .standard("dibao.supplement.elderly", "40").build();
        dibaoNoTrace = dibao.withTrace(false);
        Household one = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1950, 1, 1))
                .supporter(Supporter.NONE).selfCareItemsFailed(2).careSetting(CareSetting.DISPERSED)
                .income(IncomeKind.BASIC_PENSION, "200").build());
        tekun = DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.TEKUN, one)
                .standard("dibao.rural.monthly", "700").standard("tekun.basic.monthly", "910")
                .standard("tekun.care.semi.monthly", "300").build();
        tekunNoTrace = tekun.withTrace(false);
    }

    @Benchmark
    public Determination dibaoThreePersons() {
        return engine.determine(dibao);
    }

    @Benchmark
    public Determination dibaoThreePersonsNoTrace() {
        return engine.determine(dibaoNoTrace);
    }

    @Benchmark
    public Determination tekunOnePerson() {
        return engine.determine(tekun);
    }

    @Benchmark
    public Determination tekunOnePersonNoTrace() {
        return engine.determine(tekunNoTrace);
    }

    /** Baseline: the dibao arithmetic by hand (exempt basic pension, employment cost, elderly supplement). */
    @Benchmark
    public BigDecimal handWrittenDibao() {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal supplement = BigDecimal.ZERO;
        for (Member m : threePersons.members()) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal other = BigDecimal.ZERO;
            for (var i : m.incomes().orElseThrow()) {
                if (i.kind() == IncomeKind.BASIC_PENSION) {
                    continue;
                }
                if (i.kind() == IncomeKind.WAGE) {
                    earned = earned.add(i.monthly().amount());
                } else {
                    other = other.add(i.monthly().amount());
                }
            }
            if (m.employment() == Employment.EMPLOYED) {
                earned = earned.subtract(employmentCost).max(BigDecimal.ZERO);
            }
            total = total.add(earned).add(other);
            if (Period.between(m.birthDate().orElseThrow(), DATE).getYears() >= 60) {
                supplement = supplement.add(elderly);
            }
        }
        BigDecimal n = BigDecimal.valueOf(threePersons.members().size());
        if (total.compareTo(standard.multiply(n)) >= 0) {
            return BigDecimal.ZERO;
        }
        return standard.multiply(n).subtract(total).add(supplement).setScale(2, RoundingMode.HALF_UP);
    }

    /** Baseline: the tekun arithmetic by hand. */
    @Benchmark
    public BigDecimal handWrittenTekun() {
        Member p = tekun.household().members().get(0);
        boolean elderlyPerson = Period.between(p.birthDate().orElseThrow(), DATE).getYears() >= 60;
        BigDecimal income = BigDecimal.ZERO; // basic pension exempt for tekun
        if (!elderlyPerson || p.supporter().orElseThrow() == Supporter.ABLE || income.compareTo(new BigDecimal("700")) >= 0) {
            return BigDecimal.ZERO;
        }
        int failed = p.selfCareItemsFailed().orElseThrow();
        BigDecimal care = failed == 0 ? new BigDecimal("100") : failed <= 3 ? new BigDecimal("300") : new BigDecimal("600");
        return new BigDecimal("910").add(care).setScale(2, RoundingMode.HALF_UP);
    }
}
