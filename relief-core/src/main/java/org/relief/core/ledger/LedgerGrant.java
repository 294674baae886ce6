package org.relief.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Reason;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Event;
import org.relief.core.model.Household;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;

/**
 * One temporary or medical grant in the ledger of its county (NA-12): whom, for what, how much,
 * approved by whom, paid at once or not.
 *
 * @param id            the ledger's id
 * @param reference     the caller's name for it (a scenario's grant name, a county's file number)
 * @param county        the county code
 * @param program       {@code temporary} or {@code medical}
 * @param date          the date of the grant
 * @param household     the household helped
 * @param event         the event
 * @param amount        the amount granted
 * @param approvalLevel township or county (LF-16 {@code temporary.townshipApprovalLimit})
 * @param paid          paid at once (an emergency grant, 先行救助); an expenditure grant is approved, not paid
 * @param deadlines     {@code explanationBy}, {@code paymentBy} where due
 * @param reasons       reasons ({@code ANNUAL_CAP_REACHED}, {@code PERSON_UNIDENTIFIED}, …)
 * @param determination the determination that set the amount, with its trace
 */
public record LedgerGrant(String id, String reference, AdminCode county, ProgramId program, LocalDate date,
                          Household household, Event event, Money amount, ApprovalLevel approvalLevel, boolean paid,
                          Map<Deadline, LocalDate> deadlines, List<Reason> reasons, Determination determination) {
    /** Copies and checks. */
    public LedgerGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(approvalLevel, "approvalLevel");
        deadlines = Map.copyOf(deadlines);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(determination, "determination");
    }

    /** The ID number of the event's member (the person helped), if known. */
    public Optional<String> personId() {
        return event.member().flatMap(household::member).flatMap(m -> m.idNumber()).map(i -> i.value());
    }
}
