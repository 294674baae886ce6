package org.relief.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Event;
import org.relief.core.model.Household;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;

/**
 * A {@code grant} step: a household, an event, the date, at a county.
 *
 * @param reference the caller's name for the grant
 */
public record GrantRequest(String reference, LocalDate date, AdminCode county, ProgramId program, Household household,
                           Event event) {
    /** Requires every part; the program is temporary or medical. */
    public GrantRequest {
        Objects.requireNonNull(reference, "reference");
        if (date == null) {
            throw InvalidInputException.required("date");
        }
        if (county == null) {
            throw InvalidInputException.required("region");
        }
        if (program == null) {
            throw InvalidInputException.required("program");
        }
        if (!program.equals(ProgramId.TEMPORARY) && !program.equals(ProgramId.MEDICAL)) {
            throw InvalidInputException.invalid("program", "台账只记录临时救助（temporary）和医疗救助（medical），收到 " + program,
                    "the ledger records temporary and medical grants only, got " + program);
        }
        if (household == null) {
            throw InvalidInputException.required("household");
        }
        if (event == null) {
            throw InvalidInputException.required("event");
        }
    }
}
