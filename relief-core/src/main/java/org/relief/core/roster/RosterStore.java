package org.relief.core.roster;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;

/**
 * The port through which submitted rosters are kept. Submission is once: the first roster of a
 * (county, month) stored wins, every later one is answered with it; a store makes this atomic (a
 * unique key on county × month, and on case × month × line code), whoever submits and however many
 * server instances run.
 */
public interface RosterStore {
    /** The roster submitted for (county, month), if any. */
    Optional<Roster> submitted(AdminCode county, YearMonth month);

    /**
     * Stores a submitted roster, atomically and at most once per (county, month).
     *
     * @return {@code roster} when it was stored, or the roster stored before (marked {@code alreadySubmitted})
     */
    Roster submit(Roster roster);

    /**
     * What has been paid to a case, month by month, over every submitted roster: the cash line of
     * month M (dibao or tekun) plus every back-pay for M in later rosters (price subsidies apart).
     */
    Map<YearMonth, Money> paid(CaseId caseId);

    /**
     * {@link #paid(CaseId)} of several cases at once, for a roster that walks a county in chunks: a
     * store over a database answers it in one query per chunk instead of one per case. Every case asked
     * is a key of the answer (nothing paid: an empty map).
     */
    default Map<CaseId, Map<YearMonth, Money>> paid(java.util.Collection<CaseId> caseIds) {
        Map<CaseId, Map<YearMonth, Money>> all = new java.util.HashMap<>();
        for (CaseId id : caseIds) {
            all.put(id, paid(id));
        }
        return all;
    }

    /**
     * Whether a roster of {@code county} for a month before {@code month} has been submitted. A case is
     * paid in the rosters of its own county only, so when none has been, nothing was paid to any case
     * of the county and a roster does not look it up (the county's first roster: no query per chunk).
     * The default answers {@code true}: always look up.
     */
    default boolean anySubmittedBefore(AdminCode county, YearMonth month) {
        return true;
    }

    /** The date the roster of (county, month) was computed and submitted, if it was. */
    default Optional<java.time.LocalDate> submittedOn(AdminCode county, YearMonth month) {
        return submitted(county, month).map(Roster::computedOn);
    }
}
