package org.relief.server.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.Deadline;

/**
 * What is due next on a case, for the caseworker's queue: the earliest deadline still open in its
 * state (the survey's start while accepted, the proposal and decision until decided, the written
 * refusal notice once refused), or the next review of a case being paid.
 */
public final class Queue {
    /** A named due date. */
    public record Due(String name, LocalDate date) {
    }

    private Queue() {
    }

    /** The next due date of {@code c}, if any. */
    public static Optional<Due> nextDue(Case c) {
        List<Due> open = new ArrayList<>();
        switch (c.state()) {
            case ACCEPTED -> add(open, c, Deadline.SURVEY_START_BY, Deadline.PROPOSAL_BY, Deadline.DECISION_BY);
            case SURVEYED -> add(open, c, Deadline.PROPOSAL_BY, Deadline.DECISION_BY);
            case PROPOSED -> add(open, c, Deadline.DECISION_BY);
            case REFUSED -> add(open, c, Deadline.REFUSAL_NOTICE_BY);
            case ACTIVE, EXITING -> c.nextReviewBy().ifPresent(d -> open.add(new Due("nextReviewBy", d)));
            default -> {
            }
        }
        return open.stream().min(Comparator.comparing(Due::date));
    }

    private static void add(List<Due> open, Case c, Deadline... names) {
        for (Deadline d : names) {
            LocalDate date = c.deadlines().get(d);
            if (date != null) {
                open.add(new Due(d.code(), date));
            }
        }
    }
}
