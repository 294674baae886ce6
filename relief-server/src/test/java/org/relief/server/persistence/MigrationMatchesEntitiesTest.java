package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;

/**
 * Issue 21 item 1: the migrated schema is the one the entities need. On an empty database EclipseLink
 * generates the tables from the mapped entities ({@code create-tables}, as 0.1.0 did); on another the
 * migrations run; both schemas must be the same, table by table and column by column (type, size,
 * nullability, default, primary key, indexes), and both hold the same id-generator rows. A new entity
 * or column without its changelog fails here, on Derby and on PostgreSQL.
 */
@Tag("store")
class MigrationMatchesEntitiesTest {

    @Test
    void theMigratedSchema_isTheSchemaEclipseLinkGeneratesFromTheEntities(@TempDir Path dir) {
        ServerConfig generated = TestStores.config(dir.resolve("generated"));
        ServerConfig migrated = TestStores.config(dir.resolve("migrated"));
        String generatedUrl = Database.jdbcUrl(generated);
        generateWithEclipseLink(generatedUrl);
        Database.open(migrated).close();

        List<String> expected = SchemaShape.of(generatedUrl);
        List<String> actual = SchemaShape.of(Database.jdbcUrl(migrated));
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("ROSTER_LINE column")), String.join("\n", expected));
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertEquals(sequenceRows(generatedUrl), sequenceRows(Database.jdbcUrl(migrated)));
        shutdownDerby(generatedUrl);
    }

    /** The schema EclipseLink makes from the persistence unit on an empty database, with nothing else. */
    private static void generateWithEclipseLink(String url) {
        Map<String, Object> props = Map.of("jakarta.persistence.jdbc.url", url,
                "eclipselink.target-database", Database.targetDatabase(url).orElseThrow(),
                "eclipselink.ddl-generation", "create-tables", "eclipselink.ddl-generation.output-mode", "database",
                "eclipselink.weaving", "false", "eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = new PersistenceProvider()
                .createContainerEntityManagerFactory(new ReliefPersistenceUnit(new Properties()), props);
        try {
            emf.createEntityManager().close();
        } finally {
            emf.close();
        }
    }

    private static TreeSet<String> sequenceRows(String url) {
        TreeSet<String> rows = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SEQ_NAME, SEQ_VALUE FROM ID_SEQUENCE")) {
            while (r.next()) {
                rows.add(r.getString(1) + "=" + r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void shutdownDerby(String url) {
        if (url.startsWith("jdbc:derby:")) {
            try {
                DriverManager.getConnection(url.replace(";create=true", "") + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (08006)
            }
        }
    }
}
