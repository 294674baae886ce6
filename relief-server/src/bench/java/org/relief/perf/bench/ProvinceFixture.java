package org.relief.perf.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.HouseholdHistory;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.StepReport;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.PriceIndices;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterStore;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;
import org.relief.perf.RandomRequests;
import org.relief.rules.anhui.AnhuiModule;

/**
 * A synthetic province for the roster benchmarks: 安徽 (module {@code anhui}), {@code counties}
 * county codes 3401xx…, each with {@code perCounty} active cases generated as the store streams them
 * (never held in a list): 85% dibao households of 1–6 members, 15% one-person tekun, every input
 * known and varied ({@link RandomRequests#plainHouseholds}). Standards: province-wide test figures
 * published in 2023, and for one county in ten a raise effective 2024-05-01 published on 2024-07-20 —
 * after the rosters of June and July were submitted (on the 5th) — so that the August roster owes
 * those cases back-pay for June and July. The roster store answers each case's history as those two
 * earlier rosters paid it: {@link #prepareHistory} determines every case as known on their computation
 * days once, before the measured run (a store reads such figures, it does not compute them), and keeps
 * them as fen in an array (8 bytes a case).
 */
final class ProvinceFixture {
    static final YearMonth MONTH = YearMonth.of(2024, 8);
    static final LocalDate COMPUTED_ON = LocalDate.of(2024, 8, 5);
    static final List<YearMonth> PAID = List.of(YearMonth.of(2024, 6), YearMonth.of(2024, 7));
    private static final YearMonth PAYMENT_FROM = YearMonth.of(2024, 1);

    final List<AdminCode> counties;
    final int perCounty;
    final boolean history;
    final ReliefEngine engine;
    final Lifecycle lifecycle;
    final GeneratedCases cases = new GeneratedCases();
    final GeneratedHistory rosters = new GeneratedHistory();
    final PriceIndices prices = PriceIndices.inMemory();
    /** The fen paid for June and July, by county, case and month; -1: not prepared. */
    private final int[] paidFen;

    /** @param history whether the cases were paid in June and July (else: no earlier roster) */
    ProvinceFixture(int counties, int perCounty, boolean history) {
        this.perCounty = perCounty;
        this.history = history;
        List<AdminCode> codes = new ArrayList<>();
        for (int i = 0; i < counties; i++) {
            codes.add(AdminCode.of(String.format("34%02d%02d", 1 + i / 10, 2 + i % 10)));
        }
        this.counties = List.copyOf(codes);
        this.paidFen = new int[history ? counties * perCounty * PAID.size() : 0];
        java.util.Arrays.fill(paidFen, -1);
        StandardsTable published = published(this.counties);
        engine = ReliefEngine.create(RuleModules.of(new AnhuiModule()), () -> published);
        lifecycle = Lifecycle.create(engine);
        prices.publish(new PriceIndex(AdminCode.of("340000"), MONTH, new BigDecimal("102.1"), new BigDecimal("103.0")));
    }

    /** Computes what June's and July's rosters paid every case, on the pool (before the measured run). */
    void prepareHistory(ForkJoinPool pool) throws Exception {
        pool.submit(() -> java.util.stream.IntStream.range(0, counties.size()).parallel().forEach(ci -> {
            for (int i = 0; i < perCounty; i++) {
                Case c = generate(counties.get(ci), i);
                for (int m = 0; m < PAID.size(); m++) {
                    var d = lifecycle.amountDue(c, PAID.get(m), PAID.get(m).atDay(5), false);
                    Money paid = d.isEligible() ? d.monthlyAmount().orElse(Money.ZERO) : Money.ZERO;
                    paidFen[(ci * perCounty + i) * PAID.size() + m] = paid.amount().movePointRight(2).intValueExact();
                }
            }
        })).get();
    }

    Payroll payroll(ForkJoinPool pool) {
        return new Payroll(lifecycle, cases, rosters, prices, pool);
    }

    /** Whether the county is one of the ten per cent with the late raise. */
    boolean retroactive(AdminCode county) {
        return counties.indexOf(county) % 10 == 3;
    }

    private static StandardsTable published(List<AdminCode> counties) {
        List<PublishedStandard> s = new ArrayList<>();
        s.add(value("dibao.urban.monthly", "340000", "2023-07-01", "760", "2023-06-20"));
        s.add(value("dibao.rural.monthly", "340000", "2023-07-01", "640", "2023-06-20"));
        s.add(value("dibao.supplement.elderly", "340000", "2023-07-01", "50", "2023-06-20"));
        s.add(value("dibao.supplement.severeDisability", "340000", "2023-07-01", "80", "2023-06-20"));
        s.add(value("tekun.basic.monthly", "340000", "2023-07-01", "990", "2023-06-20"));
        s.add(value("tekun.care.selfcare.monthly", "340000", "2023-07-01", "60", "2023-06-20"));
        s.add(value("tekun.care.semi.monthly", "340000", "2023-07-01", "300", "2023-06-20"));
        s.add(value("tekun.care.full.monthly", "340000", "2023-07-01", "750", "2023-06-20"));
        for (int i = 0; i < counties.size(); i++) {
            if (i % 10 == 3) {
                String c = counties.get(i).value();
                s.add(value("dibao.urban.monthly", c, "2024-05-01", "800", "2024-07-20"));
                s.add(value("dibao.rural.monthly", c, "2024-05-01", "680", "2024-07-20"));
                s.add(value("tekun.basic.monthly", c, "2024-05-01", "1040", "2024-07-20"));
            }
        }
        return StandardsTable.of(s);
    }

    private static PublishedStandard value(String key, String area, String from, String value, String published) {
        return new PublishedStandard(StandardKey.of(key), AdminCode.of(area), LocalDate.parse(from), Optional.empty(),
                new BigDecimal(value), StandardUnit.MONTHLY, new Provenance("benchmark figure", Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.parse(published)), Optional.empty()));
    }

    /** Case {@code index} of {@code county}, the same on every call. */
    Case generate(AdminCode county, long index) {
        long seed = Long.parseLong(county.value()) * 10_000_019L + index;
        Random r = new Random(seed);
        boolean tekun = r.nextInt(100) < 15;
        Household h = RandomRequests.plainHouseholds(1, seed, LocalDate.of(2023, 12, 1), tekun ? 1 : 0).get(0);
        ProgramId program = tekun ? ProgramId.TEKUN : ProgramId.DIBAO;
        CaseId id = CaseId.of("c" + county.value() + "-" + index);
        LocalDate applied = LocalDate.of(2023, 12, 1);
        Step.Apply apply = new Step.Apply(applied, county.value() + "-" + index, county, program, h, ApplicationForm.consented());
        StepRecord first = new StepRecord(0, apply, new StepReport(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), Optional.empty()));
        return new Case(id, apply.reference(), program, county, CaseState.ACTIVE, ApplicationForm.consented(),
                HouseholdHistory.declared(h), Optional.of(applied), Map.of(), Optional.empty(), false, Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.of(PAYMENT_FROM), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(first));
    }

    private Case generate(CaseId id) {
        String v = id.value();
        int dash = v.indexOf('-');
        return generate(AdminCode.of(v.substring(1, dash)), Long.parseLong(v.substring(dash + 1)));
    }

    /** The case store: streams each county's cases as it generates them. */
    final class GeneratedCases implements CaseStore {
        @Override
        public CaseId nextId(AdminCode county) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void create(Case opened) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Optional<Case> find(CaseId id) {
            return Optional.of(generate(id));
        }

        @Override
        public void append(Case before, Case after) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Stream<Case> inCounty(AdminCode county) {
            return counties.contains(county) ? LongStream.range(0, perCounty).mapToObj(i -> generate(county, i)) : Stream.empty();
        }
    }

    /** The roster store: June and July were submitted on the 5th; each case was paid what was due as known then. */
    final class GeneratedHistory implements RosterStore {
        @Override
        public Optional<Roster> submitted(AdminCode county, YearMonth month) {
            return Optional.empty();
        }

        @Override
        public Roster submit(Roster roster) {
            return roster.asSubmitted();
        }

        @Override
        public Map<YearMonth, Money> paid(CaseId caseId) {
            if (!history) {
                return Map.of();
            }
            String v = caseId.value();
            int dash = v.indexOf('-');
            int county = counties.indexOf(AdminCode.of(v.substring(1, dash)));
            int index = Integer.parseInt(v.substring(dash + 1));
            Map<YearMonth, Money> paid = new TreeMap<>();
            for (int m = 0; m < PAID.size(); m++) {
                int fen = paidFen[(county * perCounty + index) * PAID.size() + m];
                if (fen < 0) {
                    throw new IllegalStateException("history not prepared");
                }
                paid.put(PAID.get(m), new Money(java.math.BigDecimal.valueOf(fen, 2)));
            }
            return paid;
        }

        @Override
        public Optional<LocalDate> submittedOn(AdminCode county, YearMonth month) {
            return history && PAID.contains(month) ? Optional.of(month.atDay(5)) : Optional.empty();
        }
    }
}
