package org.relief.server.persistence;

/** The schema could not be brought up to date (a change set failed, or the history does not validate). */
public final class MigrationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationFailedException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
