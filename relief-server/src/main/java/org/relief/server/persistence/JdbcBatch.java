package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;

/**
 * Plain JDBC batches inside the unit of work's own transaction, for bulk writes (issue 19): the rows
 * commit or roll back with everything else the unit of work does. EclipseLink without weaving keeps
 * a backup clone of every persisted entity and copies each {@code Instant} column through Java
 * serialisation twice (clone, then row); for a thousand households and their audit entries that was
 * a third of the import. The rows written here are column for column what EclipseLink writes.
 */
final class JdbcBatch {
    private JdbcBatch() {
    }

    /** The connection of {@code em}'s transaction (begun early if it was not yet). */
    static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }

    /**
     * An {@code Instant} as the store keeps it (column type {@code instant}: BLOB / BYTEA): Java
     * serialisation of the value, byte for byte what EclipseLink's serialised-object mapping writes.
     */
    static byte[] instant(Instant at) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The next id of {@code entity}'s generator, from EclipseLink's own sequencing (its preallocated
     * ids, then the generator's table): the id {@code persist} would have given, in the same order.
     */
    static long nextId(EntityManager em, Class<?> entity) {
        return ((Number) em.unwrap(org.eclipse.persistence.sessions.Session.class).getNextSequenceNumberValue(entity)).longValue();
    }
}
