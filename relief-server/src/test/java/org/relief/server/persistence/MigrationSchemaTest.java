package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ReliefServer;
import org.relief.server.ServerConfig;
import org.relief.server.StartupFailure;
import org.relief.server.TestStores;

/**
 * Issue 21 item 1: the migrations make exactly the schema 0.1.0 made (a new store and a taken-over
 * 0.1.0 store end in the same schema, column by column); EclipseLink creates nothing; a database a
 * newer relief migrated is refused.
 */
@Tag("store")
class MigrationSchemaTest {

    @Test
    void aNewStore_hasExactlyTheSchemaOfATakenOver010Store(@TempDir Path dir) {
        ServerConfig fresh = TestStores.config(dir.resolve("fresh"));
        ServerConfig old = OldStores.release010(dir.resolve("old"));
        List<String> before = SchemaShape.of(Database.jdbcUrl(old));
        Database.open(fresh).close();
        Database.open(old).close();
        List<String> made = SchemaShape.of(Database.jdbcUrl(fresh));
        List<String> takenOver = SchemaShape.of(Database.jdbcUrl(old));
        assertEquals(String.join("\n", takenOver), String.join("\n", made));
        // And version 1 changed nothing in the 0.1.0 store (later versions may).
        assertTrue(takenOver.containsAll(before.stream().filter(l -> !l.contains("primary key")).toList()),
                "version 1 left the 0.1.0 tables as they were");
        assertTrue(made.contains("HOUSEHOLD column DELETED " + (TestStores.postgresql() ? "bool(1,0) not null default null"
                : "SMALLINT(5,0) not null default 0")), String.join("\n", made));
    }

    @Test
    void eclipseLinkCreatesNoTable(@TempDir Path dir) {
        ServerConfig config = TestStores.config(dir.resolve("data"));
        try (Database db = Database.open(config)) {
            db.write(em -> em.createNativeQuery("DROP TABLE AUDIT_ENTRY").executeUpdate());
        }
        // The history says AUDIT_ENTRY exists: nothing runs again, and EclipseLink (no DDL generation) does not make it.
        try (Database db = Database.open(config)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> db.read(em -> em.createQuery(
                    "select count(a) from AuditEntryEntity a", Long.class).getSingleResult()));
            assertTrue(String.valueOf(e.getMessage()).toUpperCase().contains("AUDIT_ENTRY"), e.getMessage());
        }
    }

    @Test
    void aDatabaseMigratedByANewerRelief_isRefused(@TempDir Path dir) {
        ServerConfig config = TestStores.config(dir.resolve("data"));
        migratedByANewerRelief(config);
        SchemaTooNewException e = assertThrows(SchemaTooNewException.class, () -> Database.open(config));
        assertEquals(List.of("99-from-the-future (db/changelog/v99-future.xml)"), e.unknown());
        // Refused before anything was written: a later start still refuses, the row is still there.
        assertThrows(SchemaTooNewException.class, () -> Database.open(config));
    }

    @Test
    void theServerRefusesANewerSchema_withOneLineNamingTheSetting(@TempDir Path dir) {
        ServerConfig config = TestStores.config(dir.resolve("data"));
        migratedByANewerRelief(config);
        StartupFailure e = assertThrows(StartupFailure.class, () -> ReliefServer.start(config));
        assertEquals(TestStores.postgresql() ? "RELIEF_JDBC_URL" : "RELIEF_DATA_DIR", e.setting());
        String line = e.line();
        assertTrue(line.contains("数据库结构比本服务器新") && line.contains("the database schema is newer than this server")
                && line.contains("99-from-the-future"), line);
        assertEquals(1, line.lines().count(), line);
    }

    /** Records in the store's history a change set this server does not have, as a newer relief would. */
    private static void migratedByANewerRelief(ServerConfig config) {
        try (Database db = Database.open(config)) {
            db.write(em -> em.createNativeQuery("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                    + "ORDEREXECUTED, EXECTYPE) VALUES ('99-from-the-future', 'relief', 'db/changelog/v99-future.xml', "
                    + "CURRENT_TIMESTAMP, 99, 'EXECUTED')").executeUpdate());
        }
    }
}
