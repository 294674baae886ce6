package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-07 — 分类施保: each covered member who is elderly (60+), a minor (under 18), severely disabled
 * or seriously ill gets the published monthly supplement of the category; a member in several
 * categories gets only the highest (就高不重复). An unpublished supplement is not paid.
 * Line {@code supplement}. 许昌 registers it as XC-02.
 */
public final class Na07Supplements implements Rule {
    public static final int ELDERLY_AGE = 60;
    public static final int ADULT_AGE = 18;

    @Override
    public Applied apply(Evaluation e) {
        if (!e.eligibility().isTrue() || e.get(Facts.KEEPS_CURRENT_AMOUNT).orElse(false)) {
            return Applied.notApplicable();
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>(8);
        for (String category : StandardKey.SUPPLEMENT_CATEGORIES) {
            Optional<StandardValue> v = e.standards().find(StandardKey.supplement(category).name());
            v.ifPresent(s -> rates.put(category, s.value()));
        }
        if (rates.isEmpty()) {
            return Applied.result("no supplement published");
        }
        Optional<Covered> single = e.get(Facts.SINGLE_PERSON);
        List<Member> covered = single.isEmpty() ? e.household().members()
                : single.get().memberIds().stream().map(id -> e.household().member(id).orElseThrow()).toList();
        BigDecimal total = BigDecimal.ZERO;
        boolean tracing = e.tracing();
        Applied trace = tracing ? Applied.inputs() : Applied.untraced();
        for (Member m : covered) {
            String id = m.id();
            Optional<BigDecimal> s = supplementOf(m, rates, e);
            if (s.isEmpty()) {
                if (tracing) {
                    trace = trace.with(id, "unknown");
                }
                continue;
            }
            if (s.get().signum() > 0) {
                if (tracing) {
                    trace = trace.with(id, Money.text(s.get()));
                }
                total = total.add(s.get());
            }
        }
        if (total.signum() > 0) {
            e.cashLine("supplement", Money.halfUp(total));
        }
        if (!tracing) {
            return trace;
        }
        return trace.then("supplements " + Money.halfUp(total));
    }

    /** The member's supplement, or empty when an unknown birth date could change it. */
    private static Optional<BigDecimal> supplementOf(Member m, Map<String, BigDecimal> rates, Evaluation e) {
        BigDecimal best = BigDecimal.ZERO;
        if (m.isSeverelyDisabled() && rates.containsKey("severeDisability")) {
            best = best.max(rates.get("severeDisability"));
        }
        if (m.seriouslyIll() && rates.containsKey("seriousIllness")) {
            best = best.max(rates.get("seriousIllness"));
        }
        Optional<Integer> age = m.ageOn(e.date());
        if (age.isEmpty()) {
            BigDecimal ageBased = rates.getOrDefault("elderly", BigDecimal.ZERO).max(rates.getOrDefault("minor", BigDecimal.ZERO));
            if (ageBased.compareTo(best) > 0) {
                e.missing(m.path("birthDate"));
                return Optional.empty();
            }
            return Optional.of(best);
        }
        if (age.get() >= ELDERLY_AGE && rates.containsKey("elderly")) {
            best = best.max(rates.get("elderly"));
        }
        if (age.get() < ADULT_AGE && rates.containsKey("minor")) {
            best = best.max(rates.get("minor"));
        }
        return Optional.of(best);
    }
}
