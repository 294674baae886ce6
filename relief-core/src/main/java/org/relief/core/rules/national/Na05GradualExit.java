package org.relief.core.rules.national;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Employment;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-05 — 渐退期 (民发〔2021〕57号): where {@code dibao.gradualExit.months} is published, a household
 * receiving dibao whose per-capita income reached the standard through employment (a member
 * employed or self-employed), and that passes the asset test, keeps the amount it receives for
 * that many calendar months from the month its exit started (absent: the determination's month);
 * after them it is ineligible with {@code GRADUAL_EXIT_ENDED}.
 *
 * <p>Three-valued: an unknown asset test (a limit is published, {@code assets.financial} absent) does
 * not settle the conjunction, so a household that would otherwise be in its exit months is
 * undetermined, missing {@code household.assets.financial} — unknown is not false. Once the months
 * have passed the exit has ended whatever the assets.
 */
public final class Na05GradualExit implements Rule {
    public static final String GRADUAL_EXIT = "GRADUAL_EXIT";
    public static final String GRADUAL_EXIT_ENDED = "GRADUAL_EXIT_ENDED";

    @Override
    public Applied apply(Evaluation e) {
        Truth assets = e.get(Facts.ASSET_TEST).orElse(Truth.UNKNOWN);
        if (!e.household().isReceiving(ProgramId.DIBAO)
                || !e.get(Facts.INCOME_TEST).map(Truth::isFalse).orElse(false)
                || assets.isFalse()) {
            return Applied.notApplicable();
        }
        Optional<StandardValue> months = e.standards().find(StandardKey.GRADUAL_EXIT_MONTHS.name());
        boolean employed = e.household().members().stream()
                .anyMatch(m -> m.employment() == Employment.EMPLOYED || m.employment() == Employment.SELF_EMPLOYED);
        if (months.isEmpty() || !employed) {
            return Applied.inputs().with("gradualExit.months", months.map(v -> v.value().toPlainString()).orElse("not published"))
                    .with("employedMember", employed).then("no gradual exit");
        }
        int n = months.get().value().intValueExact();
        LocalDate start = e.household().currentDibao().flatMap(CurrentDibao::exitStartedOn).orElse(e.date());
        long elapsed = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(e.date()));
        Applied trace = Applied.inputs().with("months", n).with("exitStartedOn", start).with("monthsElapsed", elapsed);
        if (elapsed >= n) {
            e.reason(GRADUAL_EXIT_ENDED, "渐退期已满，停发最低生活保障金", "the gradual-exit period has ended");
            return trace.then("gradual exit ended after " + n + " months");
        }
        if (assets.isUnknown()) {
            e.missing("household.assets.financial");
            e.put(Facts.DIBAO_ELIGIBLE, Truth.UNKNOWN);
            e.setEligibility(Truth.UNKNOWN);
            return trace.with("assetTest", assets).then("in gradual exit (month " + (elapsed + 1) + " of " + n
                    + ") if the asset test passes: assets unknown");
        }
        e.put(Facts.GRADUAL_EXIT, true);
        e.put(Facts.KEEPS_CURRENT_AMOUNT, true);
        e.put(Facts.DIBAO_ELIGIBLE, Truth.TRUE);
        e.setEligibility(Truth.TRUE);
        e.reason(GRADUAL_EXIT, "因就业收入超过标准，处于渐退期，继续享受原低保金",
                "income rose above the standard through employment: gradual exit, the current amount continues");
        Optional<Money> current = e.household().currentDibao().flatMap(CurrentDibao::monthly);
        if (current.isEmpty()) {
            e.missing("household.currentDibao.monthly");
            return trace.then("in gradual exit (month " + (elapsed + 1) + " of " + n + "); current amount unknown");
        }
        e.cashLine("gradualExit", current.get());
        return trace.with("currentDibao.monthly", current.get())
                .then("in gradual exit (month " + (elapsed + 1) + " of " + n + "), keeps " + current.get());
    }
}
