package org.relief.core.roster;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;

/** A {@link RosterStore} in memory, for tests and small embeddings; thread-safe, submission once. */
public final class InMemoryRosterStore implements RosterStore {
    private final Map<String, Roster> rosters = new ConcurrentHashMap<>();
    private final Map<CaseId, Map<YearMonth, Money>> paid = new ConcurrentHashMap<>();

    @Override
    public Optional<Roster> submitted(AdminCode county, YearMonth month) {
        return Optional.ofNullable(rosters.get(key(county, month)));
    }

    @Override
    public synchronized Roster submit(Roster roster) {
        Roster before = rosters.get(key(roster.county(), roster.month()));
        if (before != null) {
            return before.asAlreadySubmitted();
        }
        Roster stored = roster.asSubmitted();
        rosters.put(key(roster.county(), roster.month()), stored);
        for (RosterLine l : stored.lines()) {
            Map<YearMonth, Money> byMonth = paid.computeIfAbsent(l.caseId(), k -> new ConcurrentHashMap<>());
            if (isBenefit(l)) {
                // a held month is in the roster too, paid 0 (back-pay may follow when it is due again)
                byMonth.merge(stored.month(), l.held() ? Money.ZERO : l.amount(), Money::plus);
            } else if (l.code().equals(RosterLine.ARREARS)) {
                l.arrears().forEach(a -> byMonth.merge(a.month(), a.amount(), Money::plus));
            }
        }
        return stored;
    }

    @Override
    public Map<YearMonth, Money> paid(CaseId caseId) {
        Map<YearMonth, Money> m = paid.get(caseId);
        return m == null ? Map.of() : new TreeMap<>(m);
    }

    static boolean isBenefit(RosterLine l) {
        return l.code().equals(ProgramId.DIBAO.id()) || l.code().equals(ProgramId.TEKUN.id());
    }

    @Override
    public boolean anySubmittedBefore(AdminCode county, YearMonth month) {
        return rosters.values().stream().anyMatch(r -> r.county().equals(county) && r.month().isBefore(month));
    }

    private static String key(AdminCode county, YearMonth month) {
        return county.value() + "|" + month;
    }
}
