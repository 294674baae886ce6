package org.relief.core.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.Determination;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.Reason;
import org.relief.core.engine.RosterSlotRule;
import org.relief.core.engine.TraceEntry;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.model.AdminCode;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Slots;
import org.relief.core.spi.StandardValue;
import org.relief.core.spi.Standards;

/**
 * The monthly payment roster of a county (发放花名册), as a pure computation over the case store:
 * one line set per payable case, each amount the determination of the case's household version for
 * the month as of its first day, with the standards as known on the day the roster is computed;
 * held cases; back-pay for earlier submitted months now due more; overpayments reported; the price
 * subsidy; the payment calendar where the module has one. Submission is once ({@link RosterStore}).
 *
 * <p>Cases are read from {@link CaseStore#inCounty} as a stream, in chunks, each chunk computed on
 * the pool's threads (on the reading thread when the pool has one worker only) and its lines kept in
 * the case order: the memory used is the
 * county's lines, never a list of its cases. A {@link Progress} listener is told how far it got.
 */
public final class Payroll {
    /** How far a roster computation got. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} cases of the county read so far. */
        void cases(long done);
    }

    private static final int CHUNK = 256;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Lifecycle lifecycle;
    private final CaseStore cases;
    private final RosterStore rosters;
    private final PriceIndices prices;
    private final ForkJoinPool pool;

    /** A payroll over the common pool. */
    public Payroll(Lifecycle lifecycle, CaseStore cases, RosterStore rosters, PriceIndices prices) {
        this(lifecycle, cases, rosters, prices, ForkJoinPool.commonPool());
    }

    /** A payroll computing on {@code pool}. */
    public Payroll(Lifecycle lifecycle, CaseStore cases, RosterStore rosters, PriceIndices prices, ForkJoinPool pool) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.rosters = Objects.requireNonNull(rosters, "rosters");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /** The roster store. */
    public RosterStore rosters() {
        return rosters;
    }

    /**
     * A draft of the roster of (county, month) as computed on {@code computedOn}; once the roster is
     * submitted, the submitted one ({@code alreadySubmitted}).
     *
     * @throws RosterException {@code UNKNOWN_REGION} or {@code DATE_OUT_OF_RANGE}
     */
    public Roster draft(AdminCode county, YearMonth month, LocalDate computedOn, Progress progress) {
        Optional<Roster> before = rosters.submitted(county, month);
        if (before.isPresent()) {
            return before.get().asAlreadySubmitted();
        }
        return compute(county, month, computedOn, progress);
    }

    /** Computes and submits the roster once; a second submission answers the first ({@code alreadySubmitted}). */
    public Roster submit(AdminCode county, YearMonth month, LocalDate computedOn, Progress progress) {
        Optional<Roster> before = rosters.submitted(county, month);
        if (before.isPresent()) {
            return before.get().asAlreadySubmitted();
        }
        return rosters.submit(compute(county, month, computedOn, progress));
    }

    /**
     * The rule module that computes the roster of (county, month), checked before any work is queued
     * for it (a roster run refuses a region with a county no module serves).
     *
     * @throws RosterException {@code UNKNOWN_REGION} or {@code DATE_OUT_OF_RANGE}
     */
    public LoadedModule moduleFor(AdminCode county, YearMonth month) {
        LoadedModule module = lifecycle.engine().modules().forRegion(county).orElseThrow(() -> new RosterException("UNKNOWN_REGION",
                "行政区划 " + county + " 不在任何规则模块的服务范围内", "no rule module serves region " + county));
        if (!module.validity().contains(month.atDay(1))) {
            throw new RosterException("DATE_OUT_OF_RANGE", month + " 不在" + module.name() + "规则有效期（" + module.validity() + "）内",
                    month + " is outside the validity of module " + module.id() + " (" + module.validity() + ")");
        }
        return module;
    }

    private Roster compute(AdminCode county, YearMonth month, LocalDate computedOn, Progress progress) {
        LoadedModule module = moduleFor(county, month);
        Standards standards = lifecycle.engine().standardsFor(county, month.atDay(1), computedOn).orElseThrow();
        RosterContext ctx = new RosterContext(county, month, computedOn, lifecycle.calendar(), standards,
                county.isNational() ? Optional.empty() : prices.find(county.province(), month));
        List<TraceEntry> trace = new ArrayList<>();
        for (String slot : Slots.ROSTER_SLOTS) {
            run(module, slot, ctx, trace);
        }
        List<RosterLine> lines = new ArrayList<>();
        List<Overpayment> overpaid = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(ctx.reasons);
        long done = 0;
        long withLines = 0;
        boolean history = rosters.anySubmittedBefore(county, month);
        try (Stream<Case> stream = cases.inCounty(county)) {
            Iterator<Case> it = stream.iterator();
            while (it.hasNext()) {
                List<Case> chunk = new ArrayList<>(CHUNK);
                while (it.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(it.next());
                }
                // what was paid to the chunk's cases, in one call (one query per chunk on a database, not one per case);
                // nothing at all before the county's first roster
                Map<CaseId, Map<YearMonth, Money>> paid = history ? rosters.paid(chunk.stream().map(Case::id).toList()) : Map.of();
                // a pool of one worker would only hand each case over and back (the reading thread waits for the
                // chunk): the cases are then computed here, in the same order
                List<CaseLines> computed = new ArrayList<>(chunk.size());
                if (pool.getParallelism() <= 1) {
                    for (Case c : chunk) {
                        computed.add(linesOf(c, month, computedOn, ctx, paid.getOrDefault(c.id(), Map.of())));
                    }
                } else {
                    List<Future<CaseLines>> futures = new ArrayList<>(chunk.size());
                    for (Case c : chunk) {
                        Map<YearMonth, Money> paidToCase = paid.getOrDefault(c.id(), Map.of());
                        futures.add(pool.submit(() -> linesOf(c, month, computedOn, ctx, paidToCase)));
                    }
                    futures.forEach(f -> computed.add(join(f)));
                }
                for (CaseLines r : computed) {
                    lines.addAll(r.lines);
                    overpaid.addAll(r.overpaid);
                    reasons.addAll(r.reasons);
                    withLines += r.lines.isEmpty() ? 0 : 1;
                }
                done += chunk.size();
                if (progress != null) {
                    progress.cases(done);
                }
            }
        }
        Money total = Money.ZERO;
        for (RosterLine l : lines) {
            if (l.cash()) {
                total = total.plus(l.amount());
            }
        }
        return new Roster(county, month, computedOn, lines, overpaid, reasons, ctx.dates, trace, withLines, total, false, false);
    }

    private record CaseLines(List<RosterLine> lines, List<Overpayment> overpaid, List<Reason> reasons) {
    }

    private CaseLines linesOf(Case c, YearMonth month, LocalDate computedOn, RosterContext ctx, Map<YearMonth, Money> paid) {
        List<RosterLine> lines = new ArrayList<>();
        List<Overpayment> overpaid = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        if (!c.isPayableIn(month)) {
            if (c.state() == CaseState.EXITING && c.paymentUntil().map(u -> u.isBefore(month)).orElse(false)) {
                reasons.add(new Reason(Roster.GRADUAL_EXIT_ENDED, "案件 " + c.reference() + " 渐退期已于 " + c.paymentUntil().get() + " 结束",
                        "case " + c.reference() + ": the gradual exit ended with " + c.paymentUntil().get(), "NA-05"));
            }
            return new CaseLines(lines, overpaid, reasons);
        }
        Optional<String> head = headId(c, month);
        Determination d = lifecycle.amountDue(c, month, computedOn, false);
        String program = c.program().id();
        if (d.isEligible() && d.monthlyAmount().isPresent()) {
            String rule = d.lines().stream().filter(AmountLine::cash).map(AmountLine::rule).findFirst().orElse("");
            lines.add(new RosterLine(c.id(), c.reference(), c.program(), program, d.monthlyAmount().get(), true, false, List.of(),
                    d.reasons(), List.of(), Optional.empty(), rule, head));
            for (AmountLine l : d.lines()) {
                if (!l.cash()) {
                    lines.add(new RosterLine(c.id(), c.reference(), c.program(), l.code(), l.amount(), false, false, List.of(),
                            List.of(), List.of(), Optional.empty(), l.rule(), head));
                }
            }
            ctx.priceRise.flatMap(rise -> priceSubsidy(c, month, computedOn, d, rise)).ifPresent(amount -> lines.add(new RosterLine(c.id(),
                    c.reference(), c.program(), RosterLine.PRICE_SUBSIDY, amount, true, false, List.of(), List.of(), List.of(),
                    Optional.empty(), ctx.priceRule, head)));
        } else {
            List<Reason> why = new ArrayList<>();
            why.add(new Reason(RosterLine.HELD_FOR_REVIEW, "本月认定结果为 " + d.outcome().code() + "，暂停发放待复核",
                    "the determination for " + month + " is " + d.outcome().code() + ": held for review", ""));
            why.addAll(d.reasons());
            lines.add(new RosterLine(c.id(), c.reference(), c.program(), program, Money.ZERO, true, true, List.of(), why,
                    d.missing(), d.refusal().map(r -> r.code().name()), "", head));
        }
        backPay(c, month, computedOn, paid, head, lines, overpaid);
        return new CaseLines(lines, overpaid, reasons);
    }

    /** Back-pay: every earlier submitted month now due more than was paid for it (cash benefit only). */
    private void backPay(Case c, YearMonth month, LocalDate computedOn, Map<YearMonth, Money> paid, Optional<String> head,
                         List<RosterLine> lines, List<Overpayment> overpaid) {
        if (paid.isEmpty()) {
            return;
        }
        List<ArrearsItem> items = new ArrayList<>();
        for (Map.Entry<YearMonth, Money> e : new java.util.TreeMap<>(paid).entrySet()) {
            YearMonth earlier = e.getKey();
            if (!earlier.isBefore(month)) {
                continue;
            }
            Determination now = lifecycle.amountDue(c, earlier, computedOn, false);
            Money due = now.isEligible() ? now.monthlyAmount().orElse(Money.ZERO) : Money.ZERO;
            Money diff = due.minus(e.getValue());
            if (diff.isNegative()) {
                overpaid.add(new Overpayment(c.id(), earlier, e.getValue().minus(due)));
            } else if (!diff.isZero()) {
                items.add(new ArrearsItem(earlier, diff));
            }
        }
        if (!items.isEmpty()) {
            Money sum = items.stream().map(ArrearsItem::amount).reduce(Money.ZERO, Money::plus);
            lines.add(new RosterLine(c.id(), c.reference(), c.program(), RosterLine.ARREARS, sum, true, false, items,
                    List.of(new Reason("ARREARS", "补发 " + items.size() + " 个月", "back-pay for " + items.size() + " month(s)", "NA-03")),
                    List.of(), Optional.empty(), "NA-03", head));
        }
    }

    /**
     * NA-14: persons (a tekun case: 1) × the dibao standard of the residence for the month × rise / 100, half-up once.
     * The standard is the one the month's determination used; should it not carry one, it is looked up as known on
     * the roster's date, like every other figure of the roster.
     */
    private Optional<Money> priceSubsidy(Case c, YearMonth month, LocalDate computedOn, Determination d, BigDecimal rise) {
        var household = c.households().forMonth(month);
        Optional<Residence> residence = household.residence();
        if (residence.isEmpty()) {
            return Optional.empty();
        }
        String key = org.relief.core.standards.StandardKey.dibao(residence.get()).name();
        Optional<BigDecimal> standard = d.versions().standards().stream().filter(v -> v.key().equals(key))
                .map(StandardValue::value).findFirst();
        if (standard.isEmpty()) {
            standard = lifecycle.engine().standardsFor(c.county(), month.atDay(1), computedOn).flatMap(s -> s.find(key)).map(StandardValue::value);
        }
        int persons = c.program().equals(ProgramId.TEKUN) ? 1 : household.members().size();
        return standard.map(s -> Money.halfUp(s.multiply(BigDecimal.valueOf(persons)).multiply(rise).divide(HUNDRED)));
    }

    private static Optional<String> headId(Case c, YearMonth month) {
        List<Member> members = c.households().forMonth(month).members();
        Member head = members.stream().filter(m -> m.relation().equals(Optional.of(Relation.HEAD))).findFirst()
                .orElse(members.get(0));
        return head.idNumber().map(IdNumber::toString);
    }

    private void run(LoadedModule module, String slot, RosterContext ctx, List<TraceEntry> trace) {
        LocalDate first = ctx.month().atDay(1);
        Optional<RosterSlotRule> own = module.isNational() ? Optional.empty() : module.rosterRuleFor(slot, first);
        Optional<RosterSlotRule> national = lifecycle.engine().modules().national().rosterRuleFor(slot, first);
        if (own.isPresent() && apply(own.get(), ctx, trace, national.map(RosterSlotRule::ruleId))) {
            return;
        }
        national.ifPresent(n -> apply(n, ctx, trace, Optional.empty()));
    }

    private static boolean apply(RosterSlotRule r, RosterContext ctx, List<TraceEntry> trace, Optional<String> overrides) {
        ctx.enterRule(r.ruleId());
        Applied a = r.rule().apply(ctx);
        if (!a.applied()) {
            return false;
        }
        trace.add(new TraceEntry(r.ruleId(), r.citation().describe(), r.citation().titleZh(), r.slot(),
                overrides.filter(o -> !o.equals(r.ruleId())), a.inputsView(), a.resultText()));
        return true;
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("roster computation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
