package org.relief.rules.linfen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.rules.national.Facts;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * LF-08 — 临社救办发〔2015〕3号 二(七)3: a dibao household a member of which starts a first business
 * keeps its dibao for one quarter from the business registration (可自工商注册登记之日起继续享受一个
 * 季度的低保待遇).
 *
 * <p>Interpretation:
 * <ul>
 *   <li>It applies to a household whose {@code receiving} includes {@code dibao}, with a member whose
 *   {@code businessRegisteredOn} is taken as the registration of the first business.</li>
 *   <li>The quarter is three calendar months counted from the registration day itself (自…之日起):
 *   from {@code businessRegisteredOn} through the day before the same day three months later
 *   ({@link #lastDay}); 2019-03-15 → 2019-06-14.</li>
 *   <li>Within it, a household that the ordinary rules would drop because its per-capita income is
 *   at or above the standard (income test false) but that passes the asset test stays eligible
 *   (reason {@code FIRST_BUSINESS_QUARTER}) and keeps the amount it receives,
 *   {@code household.currentDibao.monthly} (line {@code firstBusiness}; absent: undetermined) — 继续
 *   享受 read as "continues to receive", like the national gradual exit. A household still below
 *   the standard is paid by the ordinary rules; a household already kept by the gradual exit stays
 *   so. The continuation of the whole household comes before 单人户 (which is then not evaluated).</li>
 *   <li>The clause's condition 就业困难人员中的 is not an input of the case format and is not tested.
 *   A failed business (创业失败) needs no rule: the household is assessed by the ordinary rules.</li>
 * </ul>
 * It sits in the slot {@code dibao.continuation}, empty nationally, right after the gradual exit
 * and before 单人户 and the amount rules, which skip a household that keeps its current amount; the
 * low-income pipeline runs it too, so a household kept by it is not low-income.
 */
public final class Lf08FirstBusinessQuarter implements Rule {
    public static final String FIRST_BUSINESS_QUARTER = "FIRST_BUSINESS_QUARTER";
    /** One quarter. */
    public static final int MONTHS = 3;

    /** The last day the continuation holds for a business registered on {@code registeredOn}. */
    public static LocalDate lastDay(LocalDate registeredOn) {
        Objects.requireNonNull(registeredOn, "registeredOn");
        return registeredOn.plusMonths(MONTHS).minusDays(1);
    }

    /** Whether {@code date} lies in the quarter that starts on {@code registeredOn} (both ends included). */
    public static boolean withinQuarter(LocalDate registeredOn, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(registeredOn) && !date.isAfter(lastDay(registeredOn));
    }

    @Override
    public Applied apply(Evaluation e) {
        if (!e.household().isReceiving(ProgramId.DIBAO)) {
            return Applied.notApplicable();
        }
        List<Member> starters = e.household().members().stream().filter(m -> m.businessRegisteredOn().isPresent()).toList();
        if (starters.isEmpty()) {
            return Applied.notApplicable();
        }
        Applied trace = Applied.inputs();
        Optional<Member> inQuarter = Optional.empty();
        for (Member m : starters) {
            LocalDate on = m.businessRegisteredOn().get();
            trace = trace.with(m.id(), on + " – " + lastDay(on));
            if (inQuarter.isEmpty() && withinQuarter(on, e.date())) {
                inQuarter = Optional.of(m);
            }
        }
        if (inQuarter.isEmpty()) {
            return trace.then("no first-business quarter in progress: the ordinary rules decide");
        }
        if (e.get(Facts.GRADUAL_EXIT).orElse(false)) {
            return trace.then("already kept by the gradual exit");
        }
        Truth incomeTest = e.get(Facts.INCOME_TEST).orElse(Truth.UNKNOWN);
        Truth assetTest = e.get(Facts.ASSET_TEST).orElse(Truth.UNKNOWN);
        trace = trace.with("incomeBelowStandard", incomeTest).with("assetTest", assetTest);
        if (!incomeTest.isFalse()) {
            return trace.then("income test " + incomeTest + ": the ordinary rules decide");
        }
        if (!assetTest.isTrue()) {
            return trace.then("asset test " + assetTest + ": no continuation");
        }
        e.setEligibility(Truth.TRUE);
        e.put(Facts.KEEPS_CURRENT_AMOUNT, true);
        e.put(Facts.DIBAO_ELIGIBLE, Truth.TRUE);
        e.reason(FIRST_BUSINESS_QUARTER, "首次创业，自工商注册登记之日起继续享受一个季度的低保待遇",
                "first business: dibao continues for one quarter from the business registration");
        Optional<Money> current = e.household().currentDibao().flatMap(CurrentDibao::monthly);
        String who = inQuarter.get().id();
        if (current.isEmpty()) {
            e.missing("household.currentDibao.monthly");
            return trace.then("kept for the quarter (" + who + "); current amount unknown");
        }
        e.cashLine("firstBusiness", current.get());
        return trace.with("currentDibao.monthly", current.get()).then("kept for the quarter (" + who + "): " + current.get());
    }
}
