package org.relief.core.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.Procedure;
import org.relief.core.engine.Reason;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;

/**
 * The working state of one determination, which the rules of a pipeline read and write in turn.
 * Created by the engine for each request (never shared between threads).
 *
 * <p>Eligibility starts {@link Truth#TRUE} and each condition narrows it ({@link #require}) in
 * three-valued logic; a rule that needs an unknown input reports its path ({@link #missing}),
 * which makes the outcome undetermined unless some condition is false.
 */
public final class Evaluation {
    private final DeterminationRequest request;
    private final Standards standards;
    /** By {@code Fact.index}: an array, not a map (issue 19); grown for facts made after it. */
    private Object[] facts = new Object[Fact.count()];
    // Made on first use: most determinations have few reasons and lines, and no missing input or measure.
    // Reasons and lines are a few each: lists searched by code (first-added order, as a linked map kept it).
    private Set<String> missing;
    private List<Reason> reasons;
    private List<AmountLine> lines;
    private Set<String> measures;
    private Truth eligibility = Truth.TRUE;
    private Money amountMin;
    private Money amountMax;
    private Boolean democraticAppraisal;
    private ApprovalLevel approvalLevel;
    private Integer publicNoticeDays;
    private Integer reviewIntervalMonths;
    private String currentRule = "";

    public Evaluation(DeterminationRequest request, Standards standards) {
        this.request = Objects.requireNonNull(request);
        this.standards = Objects.requireNonNull(standards);
    }

    // ---- inputs

    public DeterminationRequest request() {
        return request;
    }

    public Household household() {
        return request.household();
    }

    public LocalDate date() {
        return request.date();
    }

    public AdminCode region() {
        return request.region();
    }

    public ProgramId program() {
        return request.program();
    }

    /** The application, or the default (not disputed, not delegated) when absent. */
    public Application application() {
        return request.application().orElse(Application.DEFAULT);
    }

    public Standards standards() {
        return standards;
    }

    /**
     * Whether the request asked for the trace. When it did not, a rule may skip building its trace
     * text and return {@link Applied#untraced()}: the engine then reads nothing of what it returns.
     */
    public boolean tracing() {
        return request.trace();
    }

    // ---- facts between rules

    public <T> void put(Fact<T> fact, T value) {
        Objects.requireNonNull(value);
        if (fact.index >= facts.length) {
            facts = java.util.Arrays.copyOf(facts, Math.max(facts.length * 2, fact.index + 1));
        }
        facts[fact.index] = value;
    }

    public <T> Optional<T> get(Fact<T> fact) {
        return fact.index < facts.length && facts[fact.index] != null ? Optional.of(fact.cast(facts[fact.index]))
                : Optional.empty();
    }

    // ---- outcome

    /** Narrows eligibility by a condition (three-valued AND). */
    public void require(Truth condition) {
        eligibility = eligibility.and(condition);
    }

    /** Sets eligibility outright (e.g. 渐退期 keeps an otherwise ineligible household). */
    public void setEligibility(Truth value) {
        eligibility = value;
    }

    public Truth eligibility() {
        return eligibility;
    }

    /** Records an unknown input the determination needs, as a case path. */
    public void missing(String path) {
        if (missing == null) {
            missing = new LinkedHashSet<>();
        }
        missing.add(path);
    }

    /** Whether some input was reported missing. */
    public boolean hasMissing() {
        return missing != null && !missing.isEmpty();
    }

    public Set<String> missingPaths() {
        return missing == null ? Set.of() : Set.copyOf(missing);
    }

    public List<String> missingInOrder() {
        return missing == null ? List.of() : List.copyOf(missing);
    }

    /** Adds a reason (code, zh-CN and English messages), attributed to the rule being applied. */
    public void reason(String code, String messageZh, String messageEn) {
        if (reasons == null) {
            reasons = new ArrayList<>(4);
        } else if (indexOfReason(code) >= 0) {
            return;
        }
        reasons.add(new Reason(code, messageZh, messageEn, currentRule));
    }

    private int indexOfReason(String code) {
        for (int i = 0; i < reasons.size(); i++) {
            if (reasons.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public boolean hasReason(String code) {
        return reasons != null && indexOfReason(code) >= 0;
    }

    public void removeReason(String code) {
        if (reasons != null) {
            int i = indexOfReason(code);
            if (i >= 0) {
                reasons.remove(i);
            }
        }
    }

    /** The reasons given so far, in the order first given (immutable). */
    public List<Reason> reasons() {
        return reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Adds or replaces a cash amount line (counted in the monthly or one-off amount). */
    public void cashLine(String code, Money amount) {
        putLine(new AmountLine(code, amount, true, currentRule));
    }

    /** Adds or replaces an in-kind line (a voucher), shown but not part of the cash amount. */
    public void inKindLine(String code, Money amount) {
        putLine(new AmountLine(code, amount, false, currentRule));
    }

    /** A line replaced keeps its place (as a linked map's value would). */
    private void putLine(AmountLine line) {
        if (lines == null) {
            lines = new ArrayList<>(4);
        }
        int i = indexOfLine(line.code());
        if (i >= 0) {
            lines.set(i, line);
        } else {
            lines.add(line);
        }
    }

    private int indexOfLine(String code) {
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).code().equals(code)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public Optional<AmountLine> line(String code) {
        int i = indexOfLine(code);
        return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
    }

    public void removeLine(String code) {
        int i = indexOfLine(code);
        if (i >= 0) {
            lines.remove(i);
        }
    }

    /** The amount lines so far, in the order first added (immutable). */
    public List<AmountLine> lines() {
        return lines == null ? List.of() : List.copyOf(lines);
    }

    public void measure(String code) {
        if (measures == null) {
            measures = new LinkedHashSet<>();
        }
        measures.add(code);
    }

    public List<String> measures() {
        return measures == null ? List.of() : List.copyOf(measures);
    }

    public void amountRange(Money min, Money max) {
        this.amountMin = min;
        this.amountMax = max;
    }

    public Optional<Money> amountMin() {
        return Optional.ofNullable(amountMin);
    }

    public Optional<Money> amountMax() {
        return Optional.ofNullable(amountMax);
    }

    // ---- procedure

    public void democraticAppraisal(boolean value) {
        democraticAppraisal = value;
    }

    public void approvalLevel(ApprovalLevel value) {
        approvalLevel = value;
    }

    public void publicNoticeDays(int value) {
        publicNoticeDays = value;
    }

    public void reviewIntervalMonths(int value) {
        reviewIntervalMonths = value;
    }

    public Optional<Boolean> democraticAppraisal() {
        return Optional.ofNullable(democraticAppraisal);
    }

    public Optional<ApprovalLevel> approvalLevel() {
        return Optional.ofNullable(approvalLevel);
    }

    public Optional<Integer> publicNoticeDays() {
        return Optional.ofNullable(publicNoticeDays);
    }

    public Optional<Integer> reviewIntervalMonths() {
        return Optional.ofNullable(reviewIntervalMonths);
    }

    /** The procedure, once the rules have set all four of its parts; empty while one is unset. */
    public Optional<Procedure> procedure() {
        return democraticAppraisal == null || approvalLevel == null || publicNoticeDays == null
                || reviewIntervalMonths == null ? Optional.empty()
                : Optional.of(new Procedure(democraticAppraisal, approvalLevel, publicNoticeDays, reviewIntervalMonths));
    }

    /** Set by the engine before each rule, so that lines and reasons name the rule that made them. */
    public void enterRule(String ruleId) {
        currentRule = ruleId;
    }
}
