package org.relief.server.persistence;

import java.util.List;

/**
 * The database holds schema changes this server does not know: a newer relief migrated it. The
 * server refuses to start on it rather than write into a schema it does not understand.
 */
public final class SchemaTooNewException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> unknown;

    /** {@code unknown}: the change sets applied to the database and missing from this server's history. */
    public SchemaTooNewException(List<String> unknown) {
        super("the database has " + unknown.size() + " schema changes this server does not know: " + unknown, null,
                false, false);
        this.unknown = List.copyOf(unknown);
    }

    /** The unknown change sets, as {@code id (changelog file)}. */
    public List<String> unknown() {
        return unknown;
    }
}
