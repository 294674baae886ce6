package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TableGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * The first of {@code n} fresh ids of {@code entity}'s table generator ({@link TableGenerator} on its id),
     * taken from the generator's row on {@code c}, in the unit of work's transaction: one update and one read for
     * all {@code n}. They lie above every id EclipseLink has preallocated (its ranges were taken from the same
     * row before), so {@code persist} never hands them out, and a transaction rolled back gives them back.
     * (EclipseLink's own sequencing took a round of its query machinery per {@code allocationSize} ids: 15% of a
     * bulk import's writer thread.)
     */
    static long reserveIds(Connection c, Class<?> entity, int n) throws SQLException {
        TableGenerator g = generator(entity);
        String row = " WHERE " + g.pkColumnName() + " = ?";
        try (PreparedStatement up = c.prepareStatement("UPDATE " + g.table() + " SET " + g.valueColumnName() + " = "
                + g.valueColumnName() + " + ?" + row);
             PreparedStatement read = c.prepareStatement("SELECT " + g.valueColumnName() + " FROM " + g.table() + row)) {
            up.setInt(1, n);
            up.setString(2, g.pkColumnValue());
            if (up.executeUpdate() != 1) {
                throw new SQLException("no row " + g.pkColumnValue() + " in " + g.table());
            }
            read.setString(1, g.pkColumnValue());
            try (ResultSet r = read.executeQuery()) {
                r.next();
                return r.getLong(1) - n + 1;
            }
        }
    }

    private static TableGenerator generator(Class<?> entity) {
        for (java.lang.reflect.Field f : entity.getDeclaredFields()) {
            TableGenerator g = f.getAnnotation(TableGenerator.class);
            if (g != null) {
                return g;
            }
        }
        throw new IllegalArgumentException(entity.getName() + " has no table generator");
    }
}
