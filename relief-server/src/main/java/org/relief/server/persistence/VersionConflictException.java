package org.relief.server.persistence;

/** The record changed since the caller read it (optimistic locking). */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long current;

    public VersionConflictException(long current) {
        super("version conflict, current version " + current, null, false, false);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
