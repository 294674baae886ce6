package org.relief.testkit.tck.broken;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.relief.core.model.Household;
import org.relief.core.model.Income;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.rules.national.Facts;
import org.relief.core.rules.national.IncomeAssessment;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;

/** The deliberately broken modules, one per kind of fault the TCK must catch. */
final class BrokenModules {
    private BrokenModules() {
    }

    static final String DOC = "故障〔2020〕1号";

    /** BN-01 pays a negative dibao amount. */
    static final class NegativeAmount extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
            r.cite(Citation.determination("BN-01", DOC, "一", "负数低保金"));
            r.rule(Slots.DIBAO_AMOUNT, "BN-01", e -> {
                if (!e.eligibility().isTrue()) {
                    return Applied.notApplicable();
                }
                e.cashLine("base", new Money(new BigDecimal("-1.00")));
                return Applied.result("-1.00");
            });
        }
    }

    /** BR-01 pays more the more the household earns. */
    static final class RisingWithIncome extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
            r.cite(Citation.determination("BR-01", DOC, "二", "收入越高低保金越高"));
            r.rule(Slots.DIBAO_AMOUNT, "BR-01", e -> {
                if (!e.eligibility().isTrue()) {
                    return Applied.notApplicable();
                }
                IncomeAssessment a = e.get(Facts.INCOME).orElseThrow();
                e.cashLine("base", Money.halfUp(a.knownTotal()));
                return Applied.result(a.knownTotal().toPlainString());
            });
        }
    }

    /** BG-01 counts unknown incomes as zero (a guess). */
    static final class GuessesUnknownIncome extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
            r.cite(Citation.determination("BG-01", DOC, "三", "收入未申报视为零"));
            r.rule(Slots.INCOME, "BG-01", e -> {
                Map<String, BigDecimal> by = new LinkedHashMap<>();
                BigDecimal total = BigDecimal.ZERO;
                for (Member m : e.household().members()) {
                    BigDecimal own = m.incomes().orElse(List.of()).stream().map(Income::monthly).map(Money::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    by.put(m.id(), own);
                    total = total.add(own);
                }
                e.put(Facts.INCOME, new IncomeAssessment(by, total, List.of(), e.household().members().size()));
                return Applied.result(total.toPlainString());
            });
        }
    }

    /** BT-01 keeps the household of the request in a field shared by every thread. */
    static final class SharedState extends BrokenModule {
        private Household last;

        @Override
        public void register(RuleRegistrar r) {
            r.cite(Citation.determination("BT-01", DOC, "四", "共享可变状态"));
            r.rule(Slots.DIBAO_EXTRA_LINES, "BT-01", e -> {
                last = e.household();
                LockSupport.parkNanos(50_000);
                return Applied.result("members " + last.members().size() + " first " + last.members().get(0).id()
                        + " incomes " + last.members().get(0).incomes());
            });
        }
    }

    /** BC-01 is registered without a citation. */
    static final class Uncited extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
            r.rule(Slots.DIBAO_EXTRA_LINES, "BC-01", e -> Applied.notApplicable());
        }
    }

    /** No version. */
    static final class NoVersion extends BrokenModule {
        @Override
        public String version() {
            return " ";
        }

        @Override
        public void register(RuleRegistrar r) {
        }
    }

    /** A correct module without standards (the TCK's sample standards switched off by its test). */
    static final class NoStandards extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
        }
    }

    /**
     * BK-01's calculator cites a clause the catalogue does not declare for BK-01, and BK-02's calculator
     * answers without its required input.
     */
    static final class BadCalculators extends BrokenModule {
        @Override
        public void register(RuleRegistrar r) {
            org.relief.core.spi.Citation bk01 = org.relief.core.spi.Citation.calculator("BK-01", "故障〔2024〕1号", "一", "计算器");
            org.relief.core.spi.Citation bk02 = org.relief.core.spi.Citation.calculator("BK-02", "故障〔2024〕1号", "二", "计算器");
            r.cite(bk01).cite(bk02)
                    .calculator(calculator("broken-clause", org.relief.core.spi.Citation.calculator("BK-01", "故障〔2024〕1号",
                            "三", "计算器")))
                    .calculator(calculator("broken-lenient", bk02));
        }

        /** Answers 1 whatever it is given, even nothing. */
        private static org.relief.core.spi.Calculator calculator(String id, org.relief.core.spi.Citation c) {
            org.relief.core.spi.CalculatorSpec spec = new org.relief.core.spi.CalculatorSpec(id, c, "计算器", "Calculator",
                    java.util.List.of(org.relief.core.spi.CalculatorParameter.required("count",
                            org.relief.core.spi.CalculatorParameter.Type.INTEGER, "数量", "a count")));
            return new org.relief.core.spi.Calculator() {
                @Override
                public org.relief.core.spi.CalculatorSpec spec() {
                    return spec;
                }

                @Override
                public org.relief.core.spi.CalculatorResult compute(org.relief.core.spi.CalculatorInput in) {
                    return org.relief.core.spi.CalculatorResult.of(spec).integer("one", 1).explain("一", "one");
                }

                @Override
                public org.relief.core.spi.CalculatorResult compute(java.util.Map<String, ?> values) {
                    return compute((org.relief.core.spi.CalculatorInput) null);
                }
            };
        }
    }
}
