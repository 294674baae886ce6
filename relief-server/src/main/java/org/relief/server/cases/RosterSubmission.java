package org.relief.server.cases;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.relief.core.roster.Roster;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.JpaRosterStore;

/**
 * The submission of a computed county roster, as the roster route and the roster-run workers make
 * it: stored once (the store's unique keys), and audited in the submitting official's name when this
 * submission is the one stored. Runs in the caller's unit of work ({@code Database.write}).
 */
public final class RosterSubmission {
    private final JpaRosterStore rosters;
    private final AuditLog audit;

    @Inject
    public RosterSubmission(JpaRosterStore rosters, AuditLog audit) {
        this.rosters = rosters;
        this.audit = audit;
    }

    /**
     * Stores {@code computed} in the unit of work of {@code em}: the roster stored (this one, or the one
     * stored before, marked already submitted).
     *
     * @throws JpaRosterStore.AlreadySubmittedException when another server stored the same roster at the same time
     */
    public Roster store(EntityManager em, String actor, String role, Roster computed) {
        rosters.submittedBy(actor);
        Roster s = rosters.submit(computed);
        if (!s.alreadySubmitted()) {
            audit.append(em, new AuditLog.Change(actor, role, "roster.submit", "roster:" + s.county() + "/" + s.month(),
                    s.county().value(), null, s.county() + " " + s.month() + " " + s.cases() + " cases " + s.total()));
        }
        return s;
    }
}
