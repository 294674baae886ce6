package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relief.core.model.Money;
import org.relief.core.model.Member;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-06 — 单人户 (民发〔2021〕57号): when the household is not dibao-eligible but is low-income, each
 * member who applied ({@code singlePersonApplication}), is severely disabled or seriously ill, and
 * whose own counted income is below the standard is covered alone ({@code SINGLE_PERSON_HOUSEHOLD}).
 *
 * <p>Three-valued: when the household's low-income test is unknown, the conjunction is still false
 * if no applicant can be covered (every applicant's own counted income is known and at or above
 * the standard) — then the household stays ineligible; otherwise it is undetermined.
 */
public final class Na06SinglePerson implements Rule {
    public static final String SINGLE_PERSON_HOUSEHOLD = "SINGLE_PERSON_HOUSEHOLD";

    @Override
    public Applied apply(Evaluation e) {
        List<Member> applicants = e.household().members().stream()
                .filter(m -> m.singlePersonApplication() && (m.isSeverelyDisabled() || m.seriouslyIll())).toList();
        if (applicants.isEmpty() || !e.eligibility().isFalse() || e.get(Facts.KEEPS_CURRENT_AMOUNT).orElse(false)) {
            return Applied.notApplicable();
        }
        Optional<BigDecimal> standard = e.get(Facts.DIBAO_STANDARD);
        IncomeAssessment income = e.get(Facts.INCOME).orElseThrow();
        Truth assets = e.get(Facts.ASSET_TEST).orElse(Truth.UNKNOWN);
        if (standard.isEmpty() || assets.isFalse()) {
            return Applied.result("not low-income: no 单人户");
        }
        Truth lowIncome = LowIncomeLine.incomeBelow(e, income, standard.get()).and(assets);
        Applied trace = Applied.inputs().with("lowIncome", lowIncome).with("standard", Money.text(standard.get()));
        if (lowIncome.isFalse()) {
            return trace.then("household not low-income: no 单人户");
        }
        if (lowIncome.isUnknown()) {
            boolean noneCanBeCovered = applicants.stream().allMatch(m -> income.of(m.id())
                    .map(own -> own.compareTo(standard.get()) >= 0).orElse(false));
            if (noneCanBeCovered) {
                return trace.then("low-income status unknown, but no applicant's own income is below the standard");
            }
            income.unknownPaths().forEach(e::missing);
            e.setEligibility(Truth.UNKNOWN);
            return trace.then("low-income status unknown");
        }
        List<String> covered = new ArrayList<>();
        for (Member m : applicants) {
            Optional<BigDecimal> own = income.of(m.id());
            if (own.isPresent() && own.get().compareTo(standard.get()) < 0) {
                covered.add(m.id());
                trace = trace.with(m.id(), Money.text(own.get()) + " < " + Money.text(standard.get()));
            }
        }
        if (covered.isEmpty()) {
            return trace.then("no applicant's own income below the standard");
        }
        e.put(Facts.SINGLE_PERSON, new Covered(covered));
        e.setEligibility(Truth.TRUE);
        e.removeReason(Na02DibaoEligibility.INCOME_ABOVE_STANDARD);
        e.reason(SINGLE_PERSON_HOUSEHOLD, "低保边缘家庭中的重度残疾人、重病患者单独纳入低保（单人户）",
                "severely disabled or seriously ill member of a low-income household covered alone");
        return trace.then("covered alone: " + String.join(", ", covered));
    }
}
