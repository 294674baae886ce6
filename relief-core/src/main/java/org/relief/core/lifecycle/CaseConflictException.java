package org.relief.core.lifecycle;

/**
 * A store refused a write because the case is not as the writer saw it: another step was stored
 * first, the id exists already, or the case is unknown. Nothing was stored; the caller reads the
 * case again and retakes the step if it still applies.
 */
public final class CaseConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final CaseId id;

    /** A conflict on case {@code id}. */
    public CaseConflictException(CaseId id, String message) {
        super(message);
        this.id = id;
    }

    /** The case concerned. */
    public CaseId id() {
        return id;
    }
}
