package org.relief.server.persistence;

/** A user of that name exists: decided by the database's unique constraint, so concurrent creations cannot both win. */
public final class NameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NameTakenException() {
        super("user name taken", null, false, false);
    }
}
