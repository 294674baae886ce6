package org.relief.core.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.DeterminationRequest;
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
    private final Map<Fact<?>, Object> facts = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Map<String, Reason> reasons = new LinkedHashMap<>();
    private final Map<String, AmountLine> lines = new LinkedHashMap<>();
    private final Set<String> measures = new LinkedHashSet<>();
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

    // ---- facts between rules

    public <T> void put(Fact<T> fact, T value) {
        facts.put(fact, Objects.requireNonNull(value));
    }

    public <T> Optional<T> get(Fact<T> fact) {
        return Optional.ofNullable(facts.get(fact)).map(fact::cast);
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
        missing.add(path);
    }

    public Set<String> missingPaths() {
        return Set.copyOf(missing);
    }

    public List<String> missingInOrder() {
        return List.copyOf(missing);
    }

    /** Adds a reason (code, zh-CN and English messages), attributed to the rule being applied. */
    public void reason(String code, String messageZh, String messageEn) {
        reasons.putIfAbsent(code, new Reason(code, messageZh, messageEn, currentRule));
    }

    public boolean hasReason(String code) {
        return reasons.containsKey(code);
    }

    public void removeReason(String code) {
        reasons.remove(code);
    }

    public List<Reason> reasons() {
        return List.copyOf(reasons.values());
    }

    /** Adds or replaces a cash amount line (counted in the monthly or one-off amount). */
    public void cashLine(String code, Money amount) {
        lines.put(code, new AmountLine(code, amount, true, currentRule));
    }

    /** Adds or replaces an in-kind line (a voucher), shown but not part of the cash amount. */
    public void inKindLine(String code, Money amount) {
        lines.put(code, new AmountLine(code, amount, false, currentRule));
    }

    public Optional<AmountLine> line(String code) {
        return Optional.ofNullable(lines.get(code));
    }

    public void removeLine(String code) {
        lines.remove(code);
    }

    public List<AmountLine> lines() {
        return new ArrayList<>(lines.values());
    }

    public void measure(String code) {
        measures.add(code);
    }

    public List<String> measures() {
        return List.copyOf(measures);
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

    /** Set by the engine before each rule, so that lines and reasons name the rule that made them. */
    public void enterRule(String ruleId) {
        currentRule = ruleId;
    }
}
