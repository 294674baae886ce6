package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.model.Event;
import org.relief.core.model.Grant;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-12 — 临时救助 (国务院令第649号 第四十七条; 民发〔2018〕23号): a one-off grant of the amount the
 * caseworker proposes ({@code event.requested}, after a permitted range where a region sets one),
 * reduced, where {@code temporary.person.annualCap} / {@code temporary.household.annualCap} are in
 * force, to what remains under each cap in the calendar year of the determination date, counting
 * earlier temporary grants of that year on or before the date ({@code ANNUAL_CAP_REACHED}); a
 * grant reduced to zero is ineligible. 临汾 registers it as LF-09 with its published caps.
 */
public final class Na12TemporaryGrant implements Rule {
    public static final String ANNUAL_CAP_REACHED = "ANNUAL_CAP_REACHED";

    @Override
    public Applied apply(Evaluation e) {
        Optional<Event> event = e.request().event();
        Optional<Money> proposed = e.get(Facts.TEMPORARY_PROPOSED).or(() -> event.flatMap(Event::requested));
        if (proposed.isEmpty()) {
            e.missing("event.requested");
            e.require(Truth.UNKNOWN);
            return Applied.result("requested amount unknown");
        }
        Optional<StandardValue> personCap = e.standards().find(StandardKey.TEMPORARY_PERSON_CAP.name());
        Optional<StandardValue> householdCap = e.standards().find(StandardKey.TEMPORARY_HOUSEHOLD_CAP.name());
        Applied trace = Applied.inputs().with("requested", proposed.get());
        BigDecimal grant = proposed.get().amount();
        LocalDate date = e.date();
        LocalDate yearStart = date.withDayOfYear(1);
        if (personCap.isPresent()) {
            Optional<String> member = event.flatMap(Event::member);
            if (member.isEmpty()) {
                e.missing("event.member");
                e.require(Truth.UNKNOWN);
                return trace.then("person cap in force but event.member unknown");
            }
            BigDecimal used = used(e, yearStart, date, Optional.of(member.get()));
            BigDecimal remaining = personCap.get().value().subtract(used).max(BigDecimal.ZERO);
            trace = trace.with("personCap", Money.text(personCap.get().value())).with("personUsed", Money.text(used));
            grant = grant.min(remaining);
        }
        if (householdCap.isPresent()) {
            BigDecimal used = used(e, yearStart, date, Optional.empty());
            BigDecimal remaining = householdCap.get().value().subtract(used).max(BigDecimal.ZERO);
            trace = trace.with("householdCap", Money.text(householdCap.get().value()))
                    .with("householdUsed", Money.text(used));
            grant = grant.min(remaining);
        }
        Money amount = Money.halfUp(grant);
        if (amount.compareTo(proposed.get()) < 0) {
            e.reason(ANNUAL_CAP_REACHED, "已达到年度临时救助上限，按剩余额度给予救助",
                    "the annual cap is reached: the grant is reduced to what remains");
        }
        if (amount.isZero()) {
            e.require(Truth.FALSE);
            return trace.then("nothing remains under the annual cap");
        }
        e.cashLine("grant", amount);
        return trace.then("grant " + amount);
    }

    private static BigDecimal used(Evaluation e, LocalDate from, LocalDate to, Optional<String> member) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Grant g : e.request().history()) {
            if (g.program().equals(ProgramId.TEMPORARY) && !g.date().isBefore(from) && !g.date().isAfter(to)
                    && (member.isEmpty() || g.member().equals(member))) {
                sum = sum.add(g.amount().amount());
            }
        }
        return sum;
    }
}
